using ServerlessSdk.Tooling.IaC.Hcl;
using ServerlessSdk.Tooling.IaC.Model;

namespace ServerlessSdk.Tooling.IaC.Terraform;

/// <summary>
/// A bucket the IaC creates, as the AWS provider v6 splits it: the bucket, all four public access blocks, SSE-S3
/// default encryption, a policy that refuses requests without TLS and, with <c>ServerlessS3Versioning</c>, versioning.
/// </summary>
internal static class TerraformBucket
{
    public static IEnumerable<HclBlock> Blocks(string bucket, ServiceModel model)
    {
        var name = Naming.Snake(bucket);
        var id = HclValue.Expr(TfNames.Bucket(bucket) + ".id");
        yield return TerraformWriter.Resource("aws_s3_bucket", name, b => b.Set("bucket", model.Physical(bucket)));
        yield return TerraformWriter.Resource("aws_s3_bucket_public_access_block", name, b => b
            .Set("bucket", id)
            .Set("block_public_acls", true)
            .Set("block_public_policy", true)
            .Set("ignore_public_acls", true)
            .Set("restrict_public_buckets", true));
        yield return TerraformWriter.Resource("aws_s3_bucket_server_side_encryption_configuration", name, b => b
            .Set("bucket", id)
            .Block("rule", r => r.Block("apply_server_side_encryption_by_default", d => d.Set("sse_algorithm", "AES256"))));
        yield return TerraformWriter.Resource("aws_s3_bucket_policy", name, b => b
            .Set("bucket", id)
            .Set("policy", HclValue.JsonEncode(new HclObject()
                .Add("Version", "2012-10-17")
                .Add("Statement", new HclList([new HclObject()
                    .Add("Sid", "DenyInsecureTransport")
                    .Add("Effect", "Deny")
                    .Add("Principal", "*")
                    .Add("Action", "s3:*")
                    .Add("Resource", new HclList([HclValue.Expr(TfNames.Bucket(bucket) + ".arn"), new HclTemplate($"${{{TfNames.Bucket(bucket)}.arn}}/*")]))
                    .Add("Condition", new HclObject().Add("Bool", new HclObject().Add("aws:SecureTransport", "false")))]))))
            // S3 refuses concurrent changes to a bucket's policy and its public access block.
            .Set("depends_on", new HclList([HclValue.Expr("aws_s3_bucket_public_access_block." + name)])));
        if (model.Settings.S3Versioning)
        {
            yield return TerraformWriter.Resource("aws_s3_bucket_versioning", name, b => b
                .Set("bucket", id)
                .Block("versioning_configuration", v => v.Set("status", "Enabled")));
        }
    }
}
