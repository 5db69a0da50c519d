using ServerlessSdk.Tooling.Diagnostics;
using ServerlessSdk.Tooling.IaC;
using ServerlessSdk.Tooling.Measurement;
using ServerlessSdk.Tooling.Settings;

namespace ServerlessSdk.Tooling.Tests.Settings;

/// <summary>The properties behind the IaC's secure defaults: failure handling, throttling, the SNS key, tags and the format list.</summary>
public sealed class SecuritySettingsTests
{
    private static (ProjectSettings Settings, string[] Codes) Parse(ProjectSettingsInput input)
    {
        var (settings, diagnostics) = ProjectSettings.Parse(input, MeasurementKind.Build);
        return (settings, [.. diagnostics.Select(d => d.Code)]);
    }

    [Fact]
    public void Unset_properties_give_the_documented_defaults()
    {
        var (settings, codes) = Parse(new ProjectSettingsInput());

        Assert.Empty(codes);
        Assert.Equal("alias/aws/sns", settings.SnsKmsKeyId);
        Assert.Equal(2, settings.AsyncMaxRetryAttempts);
        Assert.Equal(21600, settings.AsyncMaxEventAgeSeconds);
        Assert.Equal(3, settings.StreamMaxRetryAttempts);
        Assert.Equal(86400, settings.StreamMaxRecordAgeSeconds);
        Assert.Equal(100, settings.HttpThrottlingRateLimit);
        Assert.Equal(200, settings.HttpThrottlingBurstLimit);
        Assert.Empty(settings.Tags);
    }

    [Fact]
    public void Set_values_are_parsed_into_the_settings_the_iac_reads()
    {
        var (settings, codes) = Parse(new ProjectSettingsInput
        {
            SnsKmsKeyId = "arn:aws:kms:us-east-1:123456789012:alias/orders",
            AsyncMaxRetryAttempts = "0",
            AsyncMaxEventAgeSeconds = "60",
            StreamMaxRetryAttempts = "10000",
            StreamMaxRecordAgeSeconds = "604800",
            HttpThrottlingRateLimit = "500",
            HttpThrottlingBurstLimit = "1000",
            Tags = " team = orders ; costcenter=42;",
        });

        Assert.Empty(codes);
        Assert.Equal("arn:aws:kms:us-east-1:123456789012:alias/orders", settings.SnsKmsKeyId);
        Assert.Equal((0, 60, 10000, 604800), (settings.AsyncMaxRetryAttempts, settings.AsyncMaxEventAgeSeconds, settings.StreamMaxRetryAttempts, settings.StreamMaxRecordAgeSeconds));
        Assert.Equal((500, 1000), (settings.HttpThrottlingRateLimit, settings.HttpThrottlingBurstLimit));
        Assert.Equal([new("team", "orders"), new KeyValuePair<string, string>("costcenter", "42")], settings.Tags);
    }

    [Theory]
    [InlineData("3", null, null, null)]
    [InlineData(null, "59", null, null)]
    [InlineData(null, "21601", null, null)]
    [InlineData(null, null, "-1", null)]
    [InlineData(null, null, "10001", null)]
    [InlineData(null, null, null, "604801")]
    [InlineData("two", null, null, null)]
    public void A_failure_handling_value_lambda_rejects_is_SLS4151(string? asyncRetries, string? asyncAge, string? streamRetries, string? streamAge) =>
        Assert.Equal([DiagnosticCodes.IaCInvalidFailureHandling], Parse(new ProjectSettingsInput
        {
            AsyncMaxRetryAttempts = asyncRetries,
            AsyncMaxEventAgeSeconds = asyncAge,
            StreamMaxRetryAttempts = streamRetries,
            StreamMaxRecordAgeSeconds = streamAge,
        }).Codes);

    [Theory]
    [InlineData("0", null)]
    [InlineData(null, "10001")]
    [InlineData("fast", null)]
    public void A_throttling_limit_out_of_range_is_SLS4152(string? rate, string? burst) =>
        Assert.Equal([DiagnosticCodes.IaCInvalidThrottling], Parse(new ProjectSettingsInput { HttpThrottlingRateLimit = rate, HttpThrottlingBurstLimit = burst }).Codes);

    [Theory]
    [InlineData("my key")]
    [InlineData("alias/")]
    [InlineData("arn:aws:kms:us-east-1:123:alias/x")]
    public void A_kms_key_that_is_no_key_is_SLS4153(string key) =>
        Assert.Equal([DiagnosticCodes.IaCInvalidKmsKey], Parse(new ProjectSettingsInput { SnsKmsKeyId = key }).Codes);

    [Theory]
    [InlineData("team")]
    [InlineData("=orders")]
    [InlineData("team=a;team=b")]
    [InlineData("aws:team=orders")]
    [InlineData("service=other")]
    [InlineData("stage=prod")]
    [InlineData("team=orders#1")]
    public void A_malformed_tag_list_is_SLS4150(string tags) =>
        Assert.Equal([DiagnosticCodes.IaCInvalidTags], Parse(new ProjectSettingsInput { Tags = tags }).Codes);

    [Fact]
    public void More_tags_than_a_resource_can_carry_is_SLS4150()
    {
        var tags = string.Join(";", Enumerable.Range(1, SettingDefaults.MaxUserTags + 1).Select(i => $"k{i}=v"));

        var (settings, codes) = Parse(new ProjectSettingsInput { Tags = tags });

        Assert.Equal([DiagnosticCodes.IaCInvalidTags], codes);
        Assert.Empty(settings.Tags);
    }

    [Theory]
    [InlineData("sam%3Bterraform")]
    [InlineData("sam;terraform")]
    [InlineData(" sam , terraform ")]
    [InlineData("SAM%2cterraform;")]
    public void A_format_list_is_read_however_its_separators_arrive(string formats)
    {
        var (settings, codes) = Parse(new ProjectSettingsInput { IaCFormats = formats });

        Assert.Empty(codes);
        Assert.Equal(["sam", "terraform"], settings.IaCFormats);
    }

    [Fact]
    public void The_emitter_splits_a_format_list_passed_as_one_item()
    {
        using var folder = new Zip.TempFolder();

        var result = IaCEmitter.Emit(IaC.IaCFixtures.Minimal(), IaC.IaCFixtures.Settings(), folder.Path, ["sam;terraform"], overwriteEdited: false);

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        Assert.Contains(Path.Combine(Path.GetFullPath(folder.Path), "main.tf"), result.Written);
    }
}
