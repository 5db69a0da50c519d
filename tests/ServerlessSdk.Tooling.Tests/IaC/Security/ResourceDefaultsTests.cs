using ServerlessSdk.Tooling.Diagnostics;
using ServerlessSdk.Tooling.IaC.Manifest;
using ServerlessSdk.Tooling.Tests.Zip;
using static ServerlessSdk.Tooling.Tests.IaC.IaCFixtures;

namespace ServerlessSdk.Tooling.Tests.IaC.Security;

/// <summary>Names, knobs and reports of the secure defaults, beyond what every golden folder is checked for.</summary>
public sealed class ResourceDefaultsTests
{
    [Fact]
    public void Created_resources_are_named_after_the_service_unless_they_already_are()
    {
        using var folder = new TempFolder();
        var manifest = new ServiceManifest("shop", [Function("Worker", new SqsTrigger("orders", 10, 0, true, 3), new SqsTrigger("shop-audit", 10, 0, true, 0), new SnsTrigger("alerts", null), new KinesisStreamTrigger("clicks", StreamStartingPosition.Latest, 100, true, true))]);

        Assert.True(EmitHelper.Emit(folder.Path, manifest).Succeeded);

        var files = EmitHelper.Files(folder.Path);
        foreach (var name in new[] { "shop-orders", "shop-orders-dlq", "shop-audit", "shop-alerts", "shop-clicks", "shop-worker-failures" })
        {
            Assert.Contains($"Name: {name}\n", files["template.yaml"], StringComparison.Ordinal);
            Assert.Contains($"Name: {name}\n", files["serverless.yml"], StringComparison.Ordinal);
            Assert.Contains($"= \"{name}\"\n", files["main.tf"], StringComparison.Ordinal);
        }

        Assert.DoesNotContain("shop-shop-audit", files["template.yaml"], StringComparison.Ordinal);
    }

    [Fact]
    public void A_prefixed_bucket_name_over_63_characters_is_SLS4135()
    {
        using var folder = new TempFolder();
        var manifest = new ServiceManifest("orders-service", [Function("Importer", new S3Trigger(new string('b', 50), ["s3:ObjectCreated:*"], null, null))]);

        Assert.Contains(DiagnosticCodes.IaCNameTooLong, EmitHelper.Codes(EmitHelper.Emit(folder.Path, manifest)));
    }

    [Fact]
    public void A_declared_queue_taking_a_dead_letter_queue_name_is_SLS4131()
    {
        using var folder = new TempFolder();
        var manifest = new ServiceManifest("orders", [Function("Handler", new SnsTrigger("alerts", null)), Function("Other", new SqsTrigger("handler-failures", 10, 0, true, 0))]);

        Assert.Contains(DiagnosticCodes.IaCConflictingDeclarations, EmitHelper.Codes(EmitHelper.Emit(folder.Path, manifest)));
    }

    [Fact]
    public void Versioning_is_added_to_every_bucket_when_asked_for()
    {
        using var folder = new TempFolder();
        var manifest = new ServiceManifest("orders", [Function("Importer", new S3Trigger("uploads", ["s3:ObjectCreated:*"], null, null))]);

        Assert.True(EmitHelper.Emit(folder.Path, manifest, IaCFixtures.Settings() with { S3Versioning = true }).Succeeded);

        var files = EmitHelper.Files(folder.Path);
        Assert.Contains("      VersioningConfiguration:\n        Status: Enabled\n", files["template.yaml"], StringComparison.Ordinal);
        Assert.Contains("      versioningConfiguration:\n        Status: Enabled\n", files["serverless.yml"], StringComparison.Ordinal);
        Assert.Contains("resource \"aws_s3_bucket_versioning\" \"uploads\"", files["main.tf"], StringComparison.Ordinal);
    }

    [Fact]
    public void Without_versioning_no_bucket_is_versioned()
    {
        using var folder = new TempFolder();
        var manifest = new ServiceManifest("orders", [Function("Importer", new S3Trigger("uploads", ["s3:ObjectCreated:*"], null, null))]);

        Assert.True(EmitHelper.Emit(folder.Path, manifest).Succeeded);

        Assert.All(EmitHelper.Files(folder.Path).Values, text => Assert.DoesNotContain("ersioning", text, StringComparison.Ordinal));
    }

    [Fact]
    public void The_knobs_reach_every_format()
    {
        using var folder = new TempFolder();
        var manifest = new ServiceManifest("orders", [Function("Api", new HttpRouteTrigger("GET", "/a", HttpAuth.None, []), new SnsTrigger("alerts", null))]);
        var settings = IaCFixtures.Settings(new()
        {
            SnsKmsKeyId = "alias/orders",
            AsyncMaxRetryAttempts = 1,
            AsyncMaxEventAgeSeconds = 600,
            HttpThrottlingRateLimit = 42,
            HttpThrottlingBurstLimit = 84,
            Tags = [new("team", "orders")],
        });

        Assert.True(EmitHelper.Emit(folder.Path, manifest, settings).Succeeded);

        var files = EmitHelper.Files(folder.Path);
        foreach (var (file, expected) in new[]
        {
            ("template.yaml", new[] { "KmsMasterKeyId: alias/orders\n", "MaximumRetryAttempts: 1\n", "MaximumEventAgeInSeconds: 600\n", "ThrottlingRateLimit: 42\n", "ThrottlingBurstLimit: 84\n", "- Key: team\n" }),
            ("serverless.yml", ["KmsMasterKeyId: alias/orders\n", "maximumRetryAttempts: 1\n", "maximumEventAge: 600\n", "ThrottlingRateLimit: 42\n", "ThrottlingBurstLimit: 84\n", "    team: orders\n"]),
            ("main.tf", ["kms_master_key_id = \"alias/orders\"\n", "maximum_retry_attempts       = 1\n", "maximum_event_age_in_seconds = 600\n", "throttling_rate_limit  = 42\n", "throttling_burst_limit = 84\n", "team    = \"orders\"\n"]),
        })
        {
            Assert.All(expected, text => Assert.Contains(text, files[file], StringComparison.Ordinal));
        }
    }

    [Fact]
    public void The_emit_result_names_the_unauthenticated_routes()
    {
        using var folder = new TempFolder();
        var manifest = AllCases.Single(c => c.Name == "http").Manifest;

        var result = EmitHelper.Emit(folder.Path, manifest);

        Assert.Equal(["GET /items/{id}"], result.UnauthenticatedRoutes);
    }
}
