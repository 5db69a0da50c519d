using ServerlessSdk.Tooling.IaC.Manifest;
using ServerlessSdk.Tooling.Tests.Zip;

namespace ServerlessSdk.Tooling.Tests.IaC;

public sealed class DeterminismTests
{
    [Fact]
    public void Emitting_twice_gives_identical_files()
    {
        using var first = new TempFolder();
        using var second = new TempFolder();

        EmitHelper.Emit(first.Path, IaCFixtures.Complete(), IaCFixtures.Settings() with { Alarms = true });
        EmitHelper.Emit(second.Path, IaCFixtures.Complete(), IaCFixtures.Settings() with { Alarms = true });

        Assert.Equal(EmitHelper.Files(first.Path), EmitHelper.Files(second.Path));
    }

    [Fact]
    public void The_order_of_functions_triggers_and_environment_does_not_change_the_output()
    {
        var manifest = IaCFixtures.Complete();
        var shuffled = manifest with
        {
            Functions = [.. manifest.Functions.Reverse().Select(f => f with
            {
                Triggers = [.. f.Triggers.Reverse()],
                Environment = f.Environment.Reverse().ToDictionary(e => e.Key, e => e.Value),
            })],
        };
        using var first = new TempFolder();
        using var second = new TempFolder();

        EmitHelper.Emit(first.Path, manifest);
        EmitHelper.Emit(second.Path, shuffled);

        Assert.Equal(EmitHelper.Files(first.Path), EmitHelper.Files(second.Path));
    }

    [Fact]
    public void Output_has_no_timestamps_and_uses_lf_line_ends()
    {
        using var folder = new TempFolder();

        EmitHelper.Emit(folder.Path, IaCFixtures.Complete());

        Assert.All(EmitHelper.Files(folder.Path).Values, content =>
        {
            Assert.DoesNotContain("\r", content, StringComparison.Ordinal);
            Assert.DoesNotContain(DateTime.UtcNow.Year.ToString(System.Globalization.CultureInfo.InvariantCulture), content, StringComparison.Ordinal);
            Assert.EndsWith("\n", content, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void A_bucket_shared_by_two_functions_is_created_once()
    {
        var manifest = new ServiceManifest("orders", [
            IaCFixtures.Function("A", new S3Trigger("shared-bucket-example", ["s3:ObjectCreated:*"], "a/", null)),
            IaCFixtures.Function("B", new S3Trigger("shared-bucket-example", ["s3:ObjectCreated:*"], "b/", null)),
        ]);
        using var folder = new TempFolder();

        EmitHelper.Emit(folder.Path, manifest);

        var main = EmitHelper.Files(folder.Path)["main.tf"];
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(main, "resource \"aws_s3_bucket\" "));
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(main, "resource \"aws_s3_bucket_notification\" "));
        Assert.Equal(2, System.Text.RegularExpressions.Regex.Matches(main, "lambda_function \\{").Count);
    }
}
