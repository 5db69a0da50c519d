using ServerlessSdk.Tooling.Diagnostics;
using ServerlessSdk.Tooling.IaC.Manifest;
using ServerlessSdk.Tooling.IaC.Model;

namespace ServerlessSdk.Tooling.Tests.IaC;

public sealed class ModelValidationTests
{
    private static string[] Codes(params FunctionDeclaration[] functions) => Codes(new ServiceManifest("orders", functions));

    private static string[] Codes(ServiceManifest manifest) =>
        [.. ServiceModelBuilder.Build(manifest, IaCFixtures.Settings()).Diagnostics.Select(d => d.Code)];

    [Fact]
    public void A_jwt_route_without_an_authorizer_is_reported()
    {
        Assert.Equal([DiagnosticCodes.IaCJwtAuthorizerMissing], Codes(IaCFixtures.Function("Api", new HttpRouteTrigger("GET", "/x", HttpAuth.Jwt, []))));
    }

    [Fact]
    public void A_route_declared_twice_is_reported()
    {
        var codes = Codes(
            IaCFixtures.Function("A", new HttpRouteTrigger("GET", "/x", HttpAuth.None, [])),
            IaCFixtures.Function("B", new HttpRouteTrigger("GET", "/x", HttpAuth.None, [])));

        Assert.Equal([DiagnosticCodes.IaCConflictingDeclarations], codes);
    }

    [Fact]
    public void A_queue_with_two_redrive_settings_is_reported()
    {
        var codes = Codes(
            IaCFixtures.Function("A", new SqsTrigger("jobs", 10, 0, true, 3)),
            IaCFixtures.Function("B", new SqsTrigger("jobs", 10, 0, true, 5)));

        Assert.Equal([DiagnosticCodes.IaCConflictingDeclarations], codes);
    }

    [Fact]
    public void A_shared_queue_is_created_once_with_the_visibility_its_slowest_consumer_needs()
    {
        var manifest = new ServiceManifest("orders", [
            IaCFixtures.Function("A", new SqsTrigger("jobs", 10, 0, true, 3)) with { Timeout = 10 },
            IaCFixtures.Function("B", new SqsTrigger("jobs", 10, 4, true, 3)) with { Timeout = 100 },
        ]);

        var queue = Assert.Single(ServiceModelBuilder.Build(manifest, IaCFixtures.Settings()).Model!.Queues);

        Assert.Equal(604, queue.VisibilityTimeout);
    }

    [Fact]
    public void A_large_sqs_batch_without_a_window_is_reported()
    {
        Assert.Equal([DiagnosticCodes.IaCInvalidTriggerSettings], Codes(IaCFixtures.Function("A", new SqsTrigger("jobs", 50, 0, false, 0))));
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("[1]")]
    public void An_event_pattern_that_is_not_a_json_object_is_reported(string pattern)
    {
        Assert.Equal([DiagnosticCodes.IaCInvalidTriggerSettings], Codes(IaCFixtures.Function("A", new EventBridgeTrigger(pattern, "default"))));
    }

    [Fact]
    public void A_filter_policy_that_is_not_json_is_reported()
    {
        Assert.Equal([DiagnosticCodes.IaCInvalidTriggerSettings], Codes(IaCFixtures.Function("A", new SnsTrigger("t", "{"))));
    }

    [Theory]
    [InlineData("SERVERLESS_FUNCTION")]
    [InlineData("AWS_REGION")]
    [InlineData("_HANDLER")]
    [InlineData("AWS_LAMBDA_RUNTIME_API")]
    [InlineData("LAMBDA_TASK_ROOT")]
    public void Declaring_a_reserved_variable_is_reported(string name)
    {
        var function = IaCFixtures.Function("A") with { Environment = new Dictionary<string, string> { [name] = "B", ["TABLE"] = "items" } };

        Assert.Equal([DiagnosticCodes.IaCReservedEnvironmentVariable], Codes(function));
    }

    [Fact]
    public void The_generator_and_the_manifest_check_reserve_the_same_variables()
    {
        // One list (Rules/LambdaLimits.cs): the generator refuses each at the attribute (SLS4011), the IaC step here.
        Assert.All(ServerlessSdk.Rules.LambdaLimits.ReservedEnvironment, name =>
            Assert.Equal([DiagnosticCodes.IaCReservedEnvironmentVariable], Codes(IaCFixtures.Function("A") with { Environment = new Dictionary<string, string> { [name] = "x" } })));
    }

    [Theory]
    [InlineData(5, 10)]
    [InlineData(-1, null)]
    [InlineData(null, -1)]
    public void Impossible_concurrency_is_reported(int? reserved, int? provisioned)
    {
        var function = IaCFixtures.Function("A") with { ReservedConcurrency = reserved, ProvisionedConcurrency = provisioned };

        Assert.Equal([DiagnosticCodes.IaCInvalidConcurrency], Codes(function));
    }

    [Fact]
    public void A_lambda_name_over_64_characters_is_reported()
    {
        var manifest = new ServiceManifest(new string('a', 40), [IaCFixtures.Function("AVeryLongFunctionNameThatGoesOnAndOn")]);

        Assert.Equal([DiagnosticCodes.IaCNameTooLong], Codes(manifest));
    }

    [Fact]
    public void Defaults_fill_what_a_function_leaves_unset_and_the_dispatch_variable_is_added()
    {
        var settings = IaCFixtures.Settings(new() { MemoryMb = 1024, TimeoutSeconds = 12, LogRetentionDays = 7 });
        var manifest = new ServiceManifest("orders", [IaCFixtures.Function("ItemsApi") with { Timeout = 3, Environment = new Dictionary<string, string> { ["Z"] = "1", ["A"] = "2" } }]);

        var function = Assert.Single(ServiceModelBuilder.Build(manifest, settings).Model!.Functions);

        Assert.Equal((1024, 3, 7, "x86_64", "orders-items-api"), (function.MemorySize, function.Timeout, function.LogRetentionDays, function.Architecture, function.PhysicalName));
        Assert.Equal(["A", "SERVERLESS_FUNCTION", "Z"], function.Environment.Select(e => e.Key));
        Assert.Equal("ItemsApi", function.Environment.Single(e => e.Key == "SERVERLESS_FUNCTION").Value);
        Assert.Equal(settings.PackagePaths["x86_64"], function.PackagePath);
    }

    [Fact]
    public void An_unknown_format_is_reported()
    {
        using var folder = new Zip.TempFolder();

        var result = EmitHelper.Emit(folder.Path, IaCFixtures.Minimal(), formats: ["sam", "cdk"]);

        Assert.Equal([DiagnosticCodes.IaCUnknownFormat], EmitHelper.Codes(result));
        Assert.Empty(Directory.GetFiles(folder.Path));
    }

    [Fact]
    public void Formats_are_case_insensitive_and_only_the_requested_ones_are_written()
    {
        using var folder = new Zip.TempFolder();

        var result = EmitHelper.Emit(folder.Path, IaCFixtures.Minimal(), formats: [" Terraform ", "SERVERLESS"]);

        Assert.True(result.Succeeded);
        Assert.Equal(["main.tf", "outputs.tf", "serverless.yml", "variables.tf"], EmitHelper.Files(folder.Path).Keys.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("orders", "Orders")]
    [InlineData("my-queue", "my_queue")]
    [InlineData("A-B", "AB")]
    [InlineData("orders", "--")]
    public void Names_that_map_to_the_same_resource_name_are_reported(string first, string second)
    {
        var codes = Codes(
            IaCFixtures.Function("A", new SqsTrigger(first, 10, 0, true, 0)),
            IaCFixtures.Function("B", new SqsTrigger(second, 10, 0, true, 0)));

        Assert.Equal([DiagnosticCodes.IaCConflictingDeclarations], codes);
    }

    [Fact]
    public void A_manifest_without_functions_emits_nothing_and_says_so()
    {
        using var folder = new Zip.TempFolder();

        var result = EmitHelper.Emit(folder.Path, new ServiceManifest("orders", []));

        Assert.True(result.Succeeded);
        Assert.Equal([DiagnosticCodes.IaCNoFunctions], EmitHelper.Codes(result));
        Assert.Empty(Directory.GetFiles(folder.Path));
    }
}
