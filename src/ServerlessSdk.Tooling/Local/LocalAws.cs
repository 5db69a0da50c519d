namespace ServerlessSdk.Tooling.Local;

/// <summary>
/// The variables that point the AWS SDK (any language) at a local DynamoDB. Local implementations accept any
/// signature, but the SDK refuses to sign without credentials: dummy ones make that explicit and keep real ones out.
/// </summary>
public static class LocalAws
{
    /// <summary>The AWS SDKs' service-specific endpoint variable for DynamoDB.</summary>
    public const string DynamoDbEndpointVariable = "AWS_ENDPOINT_URL_DYNAMODB";

    /// <summary>The region a local function and its client run in; local DynamoDBs keep tables per region.</summary>
    public const string Region = "us-east-1";

    /// <summary>The endpoint, region and dummy credentials for a function or client using <paramref name="dynamoDbEndpoint"/>.</summary>
    public static IReadOnlyDictionary<string, string> Environment(Uri dynamoDbEndpoint) =>
        new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [DynamoDbEndpointVariable] = dynamoDbEndpoint.AbsoluteUri.TrimEnd('/'),
            ["AWS_REGION"] = Region,
            ["AWS_DEFAULT_REGION"] = Region,
            ["AWS_ACCESS_KEY_ID"] = "local",
            ["AWS_SECRET_ACCESS_KEY"] = "local",
            ["AWS_SESSION_TOKEN"] = "local",
        };
}
