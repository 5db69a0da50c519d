namespace ServerlessSdk.Tooling.Tests.IaC.Validators;

[Collection(ValidatorCollection.Name)]
public sealed class TerraformValidatorTests
{
    private static readonly string Valid = ValidatorFixtures.Terraform("valid");

    [Fact]
    public void A_minimal_configuration_parses()
    {
        var result = IaCValidators.ParseTerraform(Valid);
        Assert.True(result.Passed, result.Output);
        Assert.Empty(result.Findings);
    }

    [Fact]
    public void A_minimal_configuration_uses_only_names_of_the_aws_provider_schema()
    {
        var result = IaCValidators.CheckTerraformSchema(Valid);
        Assert.True(result.Passed, result.Output);
        Assert.Empty(result.Findings);
    }

    [Fact]
    public void A_syntax_error_fails_the_parse()
    {
        var result = IaCValidators.ParseTerraform(ValidatorFixtures.Terraform("syntax-error"));
        Assert.Equal(1, result.ExitCode);
        Assert.Equal(["HCL-SYNTAX"], result.ErrorCodes);
    }

    [Fact]
    public void A_misspelled_argument_of_a_lambda_function_fails_the_schema_check()
    {
        var result = IaCValidators.CheckTerraformSchema(ValidatorFixtures.Terraform("misspelled-argument"));
        Assert.Equal(1, result.ExitCode);
        var finding = Assert.Single(result.Errors);
        Assert.Equal("TF-UNKNOWN-NAME", finding.Code);
        Assert.EndsWith("aws_lambda_function.hello.memory_sise", finding.Location, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_resource_type_fails_the_schema_check()
    {
        var result = IaCValidators.CheckTerraformSchema(ValidatorFixtures.Terraform("unknown-resource"));
        Assert.Equal(["TF-UNKNOWN-TYPE"], result.ErrorCodes);
    }

    [Fact]
    public void Names_inside_nested_and_dynamic_blocks_and_missing_required_arguments_are_reported()
    {
        using var folder = new Zip.TempFolder();
        var broken = File.ReadAllText(Path.Combine(Valid, "main.tf"))
            .Replace("    variables = {", "    variablez = {", StringComparison.Ordinal)
            .Replace("      subnet_ids         =", "      subnet_idz         =", StringComparison.Ordinal)
            .Replace("  role             = aws_iam_role.hello.arn\n", "", StringComparison.Ordinal);
        folder.Write("main.tf", broken);

        var result = IaCValidators.CheckTerraformSchema(folder.Path);

        Assert.Equal(
            ["environment.variablez TF-UNKNOWN-NAME", "hello.role TF-MISSING-REQUIRED", "vpc_config.subnet_ids TF-MISSING-REQUIRED", "vpc_config.subnet_idz TF-UNKNOWN-NAME"],
            result.Errors.Select(f => $"{string.Join('.', f.Location.Split('.')[^2..])} {f.Code}").Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Terraform_blocks_of_its_own_language_are_checked_too()
    {
        using var folder = new Zip.TempFolder();
        foreach (var file in Directory.EnumerateFiles(Valid))
        {
            File.Copy(file, Path.Combine(folder.Path, Path.GetFileName(file)));
        }

        folder.Write("extra.tf", """
            resourc "aws_sqs_queue" "jobs" {}
            variable "region" {
              typ = string
            }
            output "queue" {
              description = "no value"
            }
            """);

        var result = IaCValidators.CheckTerraformSchema(folder.Path);

        Assert.Equal(
            ["output.queue.value TF-MISSING-REQUIRED", "resourc TF-UNKNOWN-BLOCK-TYPE", "variable.region TF-DUPLICATE", "variable.region.typ TF-UNKNOWN-NAME"],
            result.Errors.Select(f => $"{f.Location.Split(' ')[^1]} {f.Code}").Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_folder_without_terraform_files_is_an_error_not_a_pass()
    {
        using var folder = new Zip.TempFolder();
        Assert.Equal(["HCL-NO-FILES"], IaCValidators.ParseTerraform(folder.Path).ErrorCodes);
    }
}
