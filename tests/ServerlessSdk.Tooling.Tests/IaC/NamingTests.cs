using ServerlessSdk.Tooling.IaC;

namespace ServerlessSdk.Tooling.Tests.IaC;

public sealed class NamingTests
{
    [Theory]
    [InlineData("ItemsApi", "ItemsApi", "items-api", "items_api", "itemsApi")]
    [InlineData("orders-dlq", "OrdersDlq", "orders-dlq", "orders_dlq", "ordersDlq")]
    [InlineData("HTTPServer", "HTTPServer", "http-server", "http_server", "hTTPServer")]
    [InlineData("S3Importer", "S3Importer", "s3-importer", "s3_importer", "s3Importer")]
    [InlineData("my.queue_name", "MyQueueName", "my-queue-name", "my_queue_name", "myQueueName")]
    [InlineData("3d", "3d", "3d", "r_3d", "3d")]
    public void Names_derive_the_same_way_everywhere(string name, string pascal, string kebab, string snake, string camel)
    {
        Assert.Equal((pascal, kebab, snake, camel), (Naming.Pascal(name), Naming.Kebab(name), Naming.Snake(name), Naming.Camel(name)));
    }
}
