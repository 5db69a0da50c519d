using System.Net;
using System.Net.Sockets;
using System.Text;
using ServerlessSdk.Runtime.RuntimeApi;

namespace ServerlessSdk.Runtime.Tests.RuntimeApi;

public sealed class RuntimeApiClientTests : IDisposable
{
    private readonly CannedRuntimeApi _api = new();

    public void Dispose() => _api.Dispose();

    [Fact]
    public void Next_reads_the_invocation_headers_and_payload()
    {
        _api.Then(CannedRuntimeApi.Next("req-1", "{\"a\":1}",
            "Lambda-Runtime-Client-Context: {\"client\":1}\r\nLambda-Runtime-Cognito-Identity: {\"id\":2}\r\n"));
        using var client = new RuntimeApiClient(_api.Authority);

        var next = client.GetNext();

        Assert.Equal("req-1", next.RequestId);
        Assert.Equal(1700000000000, next.DeadlineEpochMs);
        Assert.Equal("arn:aws:lambda:us-east-1:123456789012:function:f", next.FunctionArn);
        Assert.StartsWith("Root=1-5759e988", next.TraceId, StringComparison.Ordinal);
        Assert.Equal("{\"client\":1}", next.ClientContext);
        Assert.Equal("{\"id\":2}", next.CognitoIdentity);
        Assert.Equal("{\"a\":1}", Encoding.UTF8.GetString(next.Payload.Span));
    }

    [Fact]
    public void Next_asks_for_the_documented_path()
    {
        _api.Then(CannedRuntimeApi.Next("req-1", "{}"));
        using var client = new RuntimeApiClient(_api.Authority);

        client.GetNext();

        Assert.StartsWith("GET /2018-06-01/runtime/invocation/next HTTP/1.1\r\n", Assert.Single(_api.Requests), StringComparison.Ordinal);
    }

    [Fact]
    public void A_chunked_payload_is_reassembled()
    {
        _api.Then("HTTP/1.1 200 OK\r\nLambda-Runtime-Aws-Request-Id: req-2\r\nTransfer-Encoding: chunked\r\n\r\n"
            + "4\r\n{\"a\"\r\n3;ext=1\r\n:12\r\n1\r\n}\r\n0\r\nX-Trailer: t\r\n\r\n");
        using var client = new RuntimeApiClient(_api.Authority);

        var next = client.GetNext();

        Assert.Equal("{\"a\":12}", Encoding.UTF8.GetString(next.Payload.Span));
    }

    [Fact]
    public void A_payload_larger_than_the_initial_buffer_arrives_whole()
    {
        var big = "{\"data\":\"" + new string('x', 1_000_000) + "\"}";
        _api.Then(CannedRuntimeApi.Next("req-3", big));
        using var client = new RuntimeApiClient(_api.Authority);

        var next = client.GetNext();

        Assert.Equal(big.Length, next.Payload.Length);
        Assert.Equal((byte)'}', next.Payload.Span[^1]);
    }

    [Fact]
    public void A_response_is_posted_with_content_length_and_json_type()
    {
        _api.Then(CannedRuntimeApi.Next("req-4", "{}")).Then(CannedRuntimeApi.Accepted);
        using var client = new RuntimeApiClient(_api.Authority);

        client.GetNext();
        var (status, _) = client.PostResponse("req-4", "{\"ok\":true}"u8);

        Assert.Equal(202, status);
        var post = _api.Requests.Last();
        Assert.StartsWith("POST /2018-06-01/runtime/invocation/req-4/response HTTP/1.1\r\n", post, StringComparison.Ordinal);
        Assert.Contains("Content-Type: application/json\r\n", post, StringComparison.Ordinal);
        Assert.Contains("Content-Length: 11\r\n", post, StringComparison.Ordinal);
        Assert.EndsWith("\r\n\r\n{\"ok\":true}", post, StringComparison.Ordinal);
    }

    [Fact]
    public void An_error_is_posted_with_the_lambda_error_content_type_and_error_type_header()
    {
        _api.Then(CannedRuntimeApi.Accepted);
        using var client = new RuntimeApiClient(_api.Authority);

        client.PostError("req-5", "System.InvalidOperationException", "{}"u8);

        var post = Assert.Single(_api.Requests);
        Assert.StartsWith("POST /2018-06-01/runtime/invocation/req-5/error HTTP/1.1\r\n", post, StringComparison.Ordinal);
        Assert.Contains("Content-Type: application/vnd.aws.lambda.error+json\r\n", post, StringComparison.Ordinal);
        Assert.Contains("Lambda-Runtime-Function-Error-Type: System.InvalidOperationException\r\n", post, StringComparison.Ordinal);
    }

    [Fact]
    public void An_init_error_goes_to_the_init_endpoint()
    {
        _api.Then(CannedRuntimeApi.Accepted);
        using var client = new RuntimeApiClient(_api.Authority);

        client.PostInitError("System.Exception", "{}"u8);

        Assert.StartsWith("POST /2018-06-01/runtime/init/error HTTP/1.1\r\n", Assert.Single(_api.Requests), StringComparison.Ordinal);
    }

    [Fact]
    public void Requests_share_one_keep_alive_connection()
    {
        _api.Then(CannedRuntimeApi.Next("a", "{}")).Then(CannedRuntimeApi.Accepted).Then(CannedRuntimeApi.Next("b", "{}"));
        using var client = new RuntimeApiClient(_api.Authority);

        client.GetNext();
        client.PostResponse("a", "{}"u8);
        client.GetNext();

        Assert.Equal(1, _api.Connections);
    }

    [Fact]
    public void A_connection_the_server_closed_is_replaced_transparently()
    {
        _api.Then(CannedRuntimeApi.Next("a", "{}"), closeAfter: true).Then(CannedRuntimeApi.Accepted);
        using var client = new RuntimeApiClient(_api.Authority);

        client.GetNext();
        // The server closes the idle connection while the function works.
        Assert.True(SpinWait.SpinUntil(() => Volatile.Read(ref _api.ClosedConnections) == 1, TimeSpan.FromSeconds(5)));
        var (status, _) = client.PostResponse("a", "{}"u8);

        Assert.Equal(202, status);
        Assert.Equal(2, _api.Connections);
        Assert.Equal(1, _api.Count("POST "));
    }

    [Fact]
    public void A_response_whose_answer_never_came_is_not_posted_again()
    {
        _api.Then(CannedRuntimeApi.Next("a", "{}")).ThenDrop().Then(CannedRuntimeApi.Next("b", "{}"));
        using var client = new RuntimeApiClient(_api.Authority);

        client.GetNext();
        var posted = client.PostResponse("a", "{}"u8);
        var next = client.GetNext();

        Assert.False(posted.Answered);
        Assert.Equal(1, _api.Count("POST /2018-06-01/runtime/invocation/a/response "));
        Assert.Equal("b", next.RequestId);
        Assert.Equal(2, _api.Connections);
    }

    [Fact]
    public void An_error_whose_answer_never_came_is_not_posted_again()
    {
        _api.Then(CannedRuntimeApi.Next("a", "{}")).ThenDrop().Then(CannedRuntimeApi.Next("b", "{}"));
        using var client = new RuntimeApiClient(_api.Authority);

        client.GetNext();
        var posted = client.PostError("a", "System.Exception", "{}"u8);
        client.GetNext();

        Assert.False(posted.Answered);
        Assert.Equal(1, _api.Count("POST /2018-06-01/runtime/invocation/a/error "));
    }

    [Fact]
    public void A_next_whose_answer_never_came_is_asked_again_on_a_new_connection()
    {
        _api.Then(CannedRuntimeApi.Next("a", "{}")).Then(CannedRuntimeApi.Accepted).ThenDrop().Then(CannedRuntimeApi.Next("b", "{}"));
        using var client = new RuntimeApiClient(_api.Authority);

        client.GetNext();
        client.PostResponse("a", "{}"u8);
        var next = client.GetNext();

        Assert.Equal("b", next.RequestId);
        Assert.Equal(3, _api.Count("GET "));
    }

    [Fact]
    public void A_server_error_on_next_is_a_runtime_api_exception()
    {
        _api.Then("HTTP/1.1 500 Internal Server Error\r\nContent-Length: 7\r\n\r\nfailure");
        using var client = new RuntimeApiClient(_api.Authority);

        var error = Assert.Throws<RuntimeApiException>(() => client.GetNext());

        Assert.Contains("500", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unreachable_runtime_api_is_a_runtime_api_exception()
    {
        using var client = new RuntimeApiClient($"127.0.0.1:{UnusedPort()}");

        Assert.Throws<RuntimeApiException>(() => client.GetNext());
    }

    [Theory]
    [InlineData("no-port")]
    [InlineData("host:notaport")]
    [InlineData("host:70000")]
    public void A_malformed_runtime_api_address_is_refused(string authority)
    {
        Assert.Throws<RuntimeApiException>(() => new RuntimeApiClient(authority));
    }

    [Fact]
    public void A_host_name_address_is_resolved()
    {
        _api.Then(CannedRuntimeApi.Next("req-6", "{}"));
        using var client = new RuntimeApiClient(_api.Authority.Replace("127.0.0.1", "localhost", StringComparison.Ordinal));

        Assert.Equal("req-6", client.GetNext().RequestId);
    }

    [Fact]
    public void An_invocation_cut_off_mid_body_is_returned_refused_under_its_request_id()
    {
        _api.Then(CannedRuntimeApi.CutOffNext("a", "{\"data\":\"" + new string('x', 100) + "\"}"), closeAfter: true);
        using var client = new RuntimeApiClient(_api.Authority);

        var next = client.GetNext();

        Assert.Equal("a", next.RequestId);
        Assert.NotNull(next.Refusal);
    }

    [Fact]
    public void An_invocation_cut_off_on_a_kept_alive_connection_is_not_replaced_by_the_next_one()
    {
        _api.Then(CannedRuntimeApi.Next("a", "{}")).Then(CannedRuntimeApi.Accepted)
            .Then(CannedRuntimeApi.CutOffNext("b", "{\"long\":\"enough to cut\"}"), closeAfter: true)
            .Then(CannedRuntimeApi.Next("c", "{}"));
        using var client = new RuntimeApiClient(_api.Authority);
        client.GetNext();
        client.PostResponse("a", "{}"u8);

        var next = client.GetNext();

        Assert.Equal("b", next.RequestId);
        Assert.NotNull(next.Refusal);
    }

    [Fact]
    public void A_client_context_as_large_as_lambda_sends_is_accepted()
    {
        var clientContext = "{\"custom\":\"" + new string('c', 3_560) + "\"}";
        _api.Then(CannedRuntimeApi.Next("a", "{}", $"Lambda-Runtime-Client-Context: {clientContext}\r\n"));
        using var client = new RuntimeApiClient(_api.Authority);

        var next = client.GetNext();

        Assert.Equal(clientContext, next.ClientContext);
        Assert.Null(next.Refusal);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void An_oversized_client_context_refuses_its_invocation_and_the_connection_serves_the_next(bool beforeRequestId)
    {
        var header = $"Lambda-Runtime-Client-Context: {{\"custom\":\"{new string('c', 131 * 1024)}\"}}\r\n";
        var oversized = beforeRequestId
            ? CannedRuntimeApi.Next("a", "{}").Replace("Content-Type: application/json\r\n", "Content-Type: application/json\r\n" + header, StringComparison.Ordinal)
            : CannedRuntimeApi.Next("a", "{}", header);

        _api.Then(oversized).Then(CannedRuntimeApi.Accepted).Then(CannedRuntimeApi.Next("b", "{}"));
        using var client = new RuntimeApiClient(_api.Authority);

        var refused = client.GetNext();
        client.PostError(refused.RequestId, "Runtime.MalformedEvent", "{}"u8);
        var next = client.GetNext();

        Assert.Equal("a", refused.RequestId);
        Assert.NotNull(refused.Refusal);
        Assert.Null(refused.ClientContext);
        Assert.Equal("b", next.RequestId);
        Assert.Null(next.Refusal);
        Assert.Equal(1, _api.Connections);
    }

    [Fact]
    public void A_request_id_longer_than_the_usual_request_head_is_posted_whole()
    {
        var requestId = new string('r', 10_000);
        _api.Then(CannedRuntimeApi.Next(requestId, "{}")).Then(CannedRuntimeApi.Accepted);
        using var client = new RuntimeApiClient(_api.Authority);

        client.GetNext();
        var posted = client.PostResponse(requestId, "{}"u8);

        Assert.Equal(202, posted.Status);
        Assert.Equal(1, _api.Count($"POST /2018-06-01/runtime/invocation/{requestId}/response "));
    }

    private static int UnusedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
