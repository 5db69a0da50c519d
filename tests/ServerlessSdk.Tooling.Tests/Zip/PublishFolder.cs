namespace ServerlessSdk.Tooling.Tests.Zip;

/// <summary>A publish folder shaped like a Native AOT function's, with files the zip must leave out.</summary>
internal static class PublishFolder
{
    public const string DocumentationXml = """<?xml version="1.0"?><doc><assembly><name>Lib</name></assembly><members /></doc>""";

    public static void Fill(TempFolder folder)
    {
        folder.Write("bootstrap", "\u007fELF pretend executable " + new string('x', 4000));
        folder.Write("bootstrap.dbg", "native debug symbols");
        folder.Write("Lib.pdb", "managed symbols");
        folder.Write("Lib.xml", DocumentationXml);
        folder.Write("appsettings.json", """{ "Greeting": "hello" }""");
        folder.Write("Config.xml", """<settings><timeout>5</timeout></settings>""");
        folder.Write("libextra.so", "a native library");
        folder.Write("wwwroot/index.html", "<html></html>");
        folder.Write("Zeta/a.txt", "z");
    }
}
