using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using ServerlessSdk.Runtime.Serialization;

namespace ServerlessSdk.Runtime.Tracing;

/// <summary>
/// Writes a stopped <see cref="Activity"/> as an independent X-Ray subsegment document
/// (https://docs.aws.amazon.com/xray/latest/devguide/xray-api-segmentdocuments.html), by hand with
/// <see cref="Utf8JsonWriter"/> so nothing is reflected on.
/// </summary>
internal static class XRaySubsegment
{
    /// <summary>X-Ray indexes at most 50 annotations per trace; more go to metadata.</summary>
    public const int MaxAnnotations = 50;

    private const int MaxNameLength = 200;
    private const int MaxAnnotationKeyLength = 500;
    private const int MaxStackFrames = 32;

    /// <param name="json">Where the document goes.</param>
    /// <param name="activity">A stopped activity.</param>
    /// <param name="traceId">The X-Ray trace id, <c>1-xxxxxxxx-yyyyyyyyyyyyyyyyyyyyyyyy</c>.</param>
    /// <param name="parentId">The id of the segment or subsegment this one is under.</param>
    /// <param name="full">
    /// <see langword="false"/> leaves out metadata and stack frames: the second try for a document that would not fit
    /// in a datagram.
    /// </param>
    public static void Write(Utf8JsonWriter json, Activity activity, string traceId, string parentId, bool full = true)
    {
        json.WriteStartObject();
        json.WriteString("type"u8, "subsegment");
        json.WriteString("id"u8, activity.SpanId.ToHexString());
        json.WriteString("trace_id"u8, traceId);
        json.WriteString("parent_id"u8, parentId);
        json.WriteString("name"u8, Name(activity.DisplayName));
        json.WriteNumber("start_time"u8, EpochSeconds(activity.StartTimeUtc));
        json.WriteNumber("end_time"u8, EpochSeconds(activity.StartTimeUtc + activity.Duration));

        if (Namespace(activity) is { } ns)
        {
            json.WriteString("namespace"u8, ns);
        }

        var status = HttpStatus(activity);
        WriteHttp(json, activity, status);
        WriteOutcome(json, activity, status, full);
        WriteTags(json, activity, full);
        json.WriteEndObject();
    }

    /// <summary>Seconds since the Unix epoch, with the fraction X-Ray reads to the microsecond.</summary>
    internal static double EpochSeconds(DateTime utc) => (utc - DateTime.UnixEpoch).Ticks / (double)TimeSpan.TicksPerSecond;

    /// <summary>
    /// X-Ray names: up to 200 characters of Unicode letters, digits, white space and <c>_ . : / % &amp; # = + \ - @</c>;
    /// any other character becomes <c>_</c>.
    /// </summary>
    internal static string Name(string displayName)
    {
        if (displayName.Length == 0)
        {
            return "activity";
        }

        var name = displayName.Length > MaxNameLength ? displayName[..MaxNameLength] : displayName;
        foreach (var c in name)
        {
            if (!IsNameChar(c))
            {
                return string.Create(name.Length, name, static (span, source) =>
                {
                    for (var i = 0; i < span.Length; i++)
                    {
                        span[i] = IsNameChar(source[i]) ? source[i] : '_';
                    }
                });
            }
        }

        return name;
    }

    private static bool IsNameChar(char c) => char.IsLetterOrDigit(c) || char.IsWhiteSpace(c) || "_.:/%&#=+\\-@".Contains(c);

    /// <summary>Annotation keys: letters, digits and underscores only, at most 500 of them.</summary>
    internal static bool IsAnnotationKey(string key)
    {
        if (key.Length is 0 or > MaxAnnotationKeyLength)
        {
            return false;
        }

        foreach (var c in key)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c != '_')
            {
                return false;
            }
        }

        return true;
    }

    // "aws" for AWS SDK calls, "remote" for other calls out of the function; nothing for work inside it.
    private static string? Namespace(Activity activity)
    {
        if (activity.GetTagItem("rpc.system") is "aws-api")
        {
            return "aws";
        }

        return activity.Kind is ActivityKind.Client or ActivityKind.Producer ? "remote" : null;
    }

    private static int HttpStatus(Activity activity) =>
        (activity.GetTagItem("http.response.status_code") ?? activity.GetTagItem("http.status_code")) switch
        {
            int code => code,
            long code => (int)code,
            string text when int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var code) => code,
            _ => 0,
        };

    private static void WriteHttp(Utf8JsonWriter json, Activity activity, int status)
    {
        var method = activity.GetTagItem("http.request.method") ?? activity.GetTagItem("http.method");
        var url = activity.GetTagItem("url.full") ?? activity.GetTagItem("http.url");
        if (method is null && url is null && status == 0)
        {
            return;
        }

        json.WriteStartObject("http"u8);
        if (method is not null || url is not null)
        {
            json.WriteStartObject("request"u8);
            if (method is not null)
            {
                json.WriteString("method"u8, Convert.ToString(method, CultureInfo.InvariantCulture));
            }

            if (url is not null)
            {
                json.WriteString("url"u8, Convert.ToString(url, CultureInfo.InvariantCulture));
            }

            json.WriteEndObject();
        }

        if (status != 0)
        {
            json.WriteStartObject("response"u8);
            json.WriteNumber("status"u8, status);
            json.WriteEndObject();
        }

        json.WriteEndObject();
    }

    // X-Ray's flags: error for a client error (4xx), throttle besides it for 429, fault for a server error (5xx), an
    // exception or an Error status.
    private static void WriteOutcome(Utf8JsonWriter json, Activity activity, int status, bool full)
    {
        var hasException = false;
        foreach (var e in activity.Events)
        {
            if (e.Name == "exception")
            {
                hasException = true;
                break;
            }
        }

        var failed = activity.Status == ActivityStatusCode.Error;
        var clientError = status is >= 400 and < 500;
        if (clientError)
        {
            json.WriteBoolean("error"u8, true);
            if (status == 429)
            {
                json.WriteBoolean("throttle"u8, true);
            }
        }

        if (status >= 500 || hasException || (failed && !clientError))
        {
            json.WriteBoolean("fault"u8, true);
        }

        if (!hasException && !failed)
        {
            return;
        }

        json.WriteStartObject("cause"u8);
        json.WriteStartArray("exceptions"u8);
        if (hasException)
        {
            foreach (var e in activity.Events)
            {
                if (e.Name == "exception")
                {
                    WriteException(json, e, full);
                }
            }
        }
        else
        {
            json.WriteStartObject();
            json.WriteString("id"u8, ActivitySpanId.CreateRandom().ToHexString());
            json.WriteString("message"u8, activity.StatusDescription ?? "Error");
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteException(Utf8JsonWriter json, ActivityEvent exception, bool full)
    {
        string? type = null, message = null, stack = null;
        foreach (var (key, value) in exception.EnumerateTagObjects())
        {
            switch (key)
            {
                case "exception.type": type = value as string; break;
                case "exception.message": message = value as string; break;
                case "exception.stacktrace": stack = value as string; break;
            }
        }

        json.WriteStartObject();
        json.WriteString("id"u8, ActivitySpanId.CreateRandom().ToHexString());
        if (type is not null)
        {
            json.WriteString("type"u8, type);
        }

        if (message is not null)
        {
            json.WriteString("message"u8, message);
        }

        if (full && stack is not null)
        {
            WriteStack(json, stack);
        }

        json.WriteEndObject();
    }

    // The frames of the exception itself ("   at Type.Method() ..."), as X-Ray labels.
    private static void WriteStack(Utf8JsonWriter json, string stackTrace)
    {
        json.WriteStartArray("stack"u8);
        var frames = 0;
        foreach (var range in stackTrace.AsSpan().Split('\n'))
        {
            var line = stackTrace.AsSpan(range).Trim();
            if (!line.StartsWith("at "))
            {
                continue;
            }

            if (++frames > MaxStackFrames)
            {
                break;
            }

            json.WriteStartObject();
            json.WriteString("label"u8, line[3..]);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteTags(Utf8JsonWriter json, Activity activity, bool full)
    {
        var annotations = 0;
        var metadata = false;
        foreach (var (key, value) in activity.EnumerateTagObjects())
        {
            if (annotations < MaxAnnotations && IsAnnotation(key, value))
            {
                if (annotations++ == 0)
                {
                    json.WriteStartObject("annotations"u8);
                }

                json.WritePropertyName(key);
                JsonValueWriter.WriteValue(json, value);
            }
            else
            {
                metadata = true;
            }
        }

        if (annotations > 0)
        {
            json.WriteEndObject();
        }

        if (!metadata || !full)
        {
            return;
        }

        // A second pass rather than a list: tags are few, and the common document has no metadata at all.
        json.WriteStartObject("metadata"u8);
        json.WriteStartObject("default"u8);
        annotations = 0;
        foreach (var (key, value) in activity.EnumerateTagObjects())
        {
            if (annotations < MaxAnnotations && IsAnnotation(key, value))
            {
                annotations++;
                continue;
            }

            json.WritePropertyName(key);
            JsonValueWriter.WriteValue(json, value);
        }

        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static bool IsAnnotation(string key, object? value) =>
        IsAnnotationKey(key) && value is string or bool or int or long or short or byte or uint or ulong or ushort or sbyte
            or double or float or decimal;
}
