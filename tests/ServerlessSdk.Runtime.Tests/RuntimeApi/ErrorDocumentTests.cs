using System.Text.Json;
using ServerlessSdk.Runtime.RuntimeApi;

namespace ServerlessSdk.Runtime.Tests.RuntimeApi;

public sealed class ErrorDocumentTests
{
    private static Exception Thrown(Func<Exception> make)
    {
        try
        {
            throw make();
        }
        catch (Exception ex)
        {
            return ex;
        }
    }

    [Fact]
    public void An_exception_becomes_error_type_message_and_stack_trace_lines()
    {
        var exception = Thrown(() => new InvalidOperationException("out of stock"));

        var document = JsonDocument.Parse(ErrorDocument.ForException(exception)).RootElement;

        Assert.Equal("System.InvalidOperationException", document.GetProperty("errorType").GetString());
        Assert.Equal("out of stock", document.GetProperty("errorMessage").GetString());
        var frames = document.GetProperty("stackTrace").EnumerateArray().Select(f => f.GetString()!).ToList();
        Assert.NotEmpty(frames);
        Assert.All(frames, frame => Assert.StartsWith("at ", frame, StringComparison.Ordinal));
    }

    [Fact]
    public void Inner_exceptions_follow_the_outer_frames()
    {
        var exception = Thrown(() => new InvalidOperationException("outer", Thrown(() => new FormatException("inner"))));

        var frames = ErrorDocument.StackLines(exception).ToList();

        Assert.Contains("---> System.FormatException: inner", frames);
    }

    [Fact]
    public void A_runtime_error_has_the_given_type_and_message()
    {
        var document = JsonDocument.Parse(ErrorDocument.Write("Function.ResponseSizeTooLarge", "too big", [])).RootElement;

        Assert.Equal("Function.ResponseSizeTooLarge", document.GetProperty("errorType").GetString());
        Assert.Equal("too big", document.GetProperty("errorMessage").GetString());
        Assert.Equal(0, document.GetProperty("stackTrace").GetArrayLength());
    }
}
