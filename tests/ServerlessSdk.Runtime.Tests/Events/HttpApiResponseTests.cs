using System.Text.Json;
using ServerlessSdk.Runtime.Events;

namespace ServerlessSdk.Runtime.Tests.Events;

public class HttpApiResponseTests
{
    [Fact]
    public void Json_response_serializes_with_AWS_property_names()
    {
        // Arrange
        var response = HttpApiResponse.Json(201, """{"id":"ord-1001"}""");

        // Act
        var json = Payloads.SerializeToElement(response, HttpApiJsonContext.Default.HttpApiResponse);

        // Assert
        Assert.Equal(201, json.GetProperty("statusCode").GetInt32());
        Assert.Equal("application/json", json.GetProperty("headers").GetProperty("content-type").GetString());
        Assert.Equal("""{"id":"ord-1001"}""", json.GetProperty("body").GetString());
        Assert.False(json.GetProperty("isBase64Encoded").GetBoolean());
    }

    [Fact]
    public void Null_members_are_omitted_from_the_json()
    {
        // Arrange
        var response = new HttpApiResponse { StatusCode = 204 };

        // Act
        var json = JsonSerializer.Serialize(response, HttpApiJsonContext.Default.HttpApiResponse);

        // Assert
        Assert.Equal("""{"statusCode":204,"isBase64Encoded":false}""", json);
    }

    [Fact]
    public void Binary_response_is_base64_encoded_with_its_content_type()
    {
        // Arrange
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

        // Act
        var response = HttpApiResponse.Binary(200, png, "image/png");

        // Assert
        Assert.True(response.IsBase64Encoded);
        Assert.Equal(png, Convert.FromBase64String(response.Body!));
        Assert.Equal("image/png", response.Headers!["Content-Type"]);
    }

    [Fact]
    public void Text_response_defaults_to_utf8_plain_text()
    {
        // Act
        var response = HttpApiResponse.Text(404, "not found");

        // Assert
        Assert.Equal(404, response.StatusCode);
        Assert.Equal("not found", response.Body);
        Assert.Equal("text/plain; charset=utf-8", response.Headers!["content-type"]);
        Assert.False(response.IsBase64Encoded);
    }

    [Fact]
    public void Cookies_serialize_as_a_string_array()
    {
        // Arrange
        var response = HttpApiResponse.Text(200, "ok");
        response.Cookies = ["session=abc; HttpOnly; Secure"];

        // Act
        var json = Payloads.SerializeToElement(response, HttpApiJsonContext.Default.HttpApiResponse);

        // Assert
        Assert.Equal("session=abc; HttpOnly; Secure", json.GetProperty("cookies")[0].GetString());
    }
}
