using System.Text;
using System.Text.Json;
using ServerlessSdk.Runtime.Azure;

namespace ServerlessSdk.Runtime.Tests.Events;

/// <summary>
/// A blob trigger as the Functions host sends it to a custom handler: the bytes base64-encoded in <c>Data.blob</c>,
/// and no <c>BlobTrigger</c> metadata (azure-functions-host, ScriptInvocationContextExtensions leaves out binding
/// data whose name ends in "Trigger"), metadata strings quoted a second time.
/// </summary>
public class AzureBlobEventTests
{
    [Theory]
    [InlineData("https://orders.blob.core.windows.net/uploads/in%20box/report.csv", "uploads/in box/report.csv")]
    [InlineData("http://127.0.0.1:10000/devstoreaccount1/uploads/report.csv", "uploads/report.csv")]
    public void The_base64_content_is_decoded_and_the_path_comes_from_the_uri(string uri, string path)
    {
        var bytes = new byte[] { 0x89, 0x50, 0x4E, 0x47 };
        var blob = AzureEvents.Blob(Invocation(Convert.ToBase64String(bytes), $$"""{ "Uri": {{JsonSerializer.Serialize(JsonSerializer.Serialize(uri))}}, "name": "\"report\"" }"""));

        Assert.Equal(bytes, blob.Bytes);
        Assert.Equal(path, blob.BlobTrigger);
        Assert.Equal("report", blob.Name);
        Assert.Equal(uri, blob.Uri);
    }

    [Fact]
    public void Text_content_reads_as_text_and_a_value_that_is_not_base64_is_taken_as_it_is()
    {
        var encoded = AzureEvents.Blob(Invocation(Convert.ToBase64String(Encoding.UTF8.GetBytes("a,b\n1,2\n")), "{}"));
        var plain = AzureEvents.Blob(Invocation("not base64!", """{ "BlobTrigger": "uploads/x.txt" }"""));

        Assert.Equal("a,b\n1,2\n", encoded.Content);
        Assert.Equal("not base64!", plain.Content);
        Assert.Equal("uploads/x.txt", plain.BlobTrigger);
    }

    private static AzureInvocation Invocation(string data, string metadata) =>
        new("OnUpload", "id-1", JsonDocument.Parse(JsonSerializer.Serialize(new Dictionary<string, string> { ["blob"] = data })).RootElement.Clone(), JsonDocument.Parse(metadata).RootElement.Clone());
}
