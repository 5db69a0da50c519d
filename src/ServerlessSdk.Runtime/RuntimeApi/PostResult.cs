namespace ServerlessSdk.Runtime.RuntimeApi;

/// <summary>How the Runtime API answered a post: its HTTP status and (a preview of) its body.</summary>
/// <param name="Status">The HTTP status; 0 when the connection dropped after the post was sent, before any answer.</param>
/// <param name="Body">The answer's body, at most 512 bytes of it.</param>
internal readonly record struct PostResult(int Status, string Body)
{
    /// <summary>The post went out whole but the connection dropped before an answer: Lambda may or may not have it.</summary>
    public static PostResult Unanswered => new(0, string.Empty);

    public bool Answered => Status != 0;

    public bool Accepted => Status is >= 200 and < 300;
}
