using System.Globalization;
using ServerlessSdk.Runtime;
using ServerlessSdk.Runtime.Events;

namespace SampleFunction;

/// <summary>The Faulty function (3 s timeout): slow answers and answers API Gateway would refuse, for start-api's fault tests.</summary>
internal static class FaultyHandlers
{
    public static async ValueTask<HttpApiResponse> HandleAsync(HttpApiRequest request, ILambdaContext context)
    {
        var parameters = request.PathParameters ?? new Dictionary<string, string>();
        if (parameters.TryGetValue("ms", out var ms))
        {
            // GET /slow/{ms}: answers after that many milliseconds.
            await Task.Delay(int.Parse(ms, CultureInfo.InvariantCulture)).ConfigureAwait(false);
            return HttpApiResponse.Text(200, "slept " + ms);
        }

        if (parameters.TryGetValue("code", out var code))
        {
            // GET /status/{code}: answers with that status code, whatever it is.
            return HttpApiResponse.Text(int.Parse(code, CultureInfo.InvariantCulture), "status " + code);
        }

        // GET /bad/{kind}: a response with one thing wrong.
        var response = HttpApiResponse.Text(200, "bad");
        switch (parameters.TryGetValue("kind", out var kind) ? kind : null)
        {
            case "header-crlf":
                response.Headers!["x-note"] = "a\r\nx-injected: b";
                break;
            case "cookie-crlf":
                response.Cookies = ["a=b\r\nx-injected: c"];
                break;
            case "header-name":
                response.Headers!["bad name"] = "value";
                break;
            case "204-body":
                response.StatusCode = 204;
                break;
            default:
                throw new InvalidOperationException("unknown kind");
        }

        return response;
    }
}
