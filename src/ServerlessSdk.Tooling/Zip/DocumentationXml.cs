using System.Xml;

namespace ServerlessSdk.Tooling.Zip;

/// <summary>Tells a .NET XML documentation file from an XML file the function reads at run time.</summary>
internal static class DocumentationXml
{
    /// <summary>
    /// Whether the root element is <c>&lt;doc&gt;</c>, the root every compiler-generated documentation file has.
    /// Going by content rather than by a sibling <c>.dll</c> matters because a Native AOT publish folder has no
    /// assemblies for the docs to sit beside. Unreadable or invalid XML is kept: it is not ours to judge.
    /// </summary>
    public static bool IsDocumentationFile(string path)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
            IgnoreWhitespace = true,
        };
        try
        {
            using var reader = XmlReader.Create(path, settings);
            return reader.MoveToContent() == XmlNodeType.Element && reader.LocalName == "doc" && reader.NamespaceURI.Length == 0;
        }
        catch (Exception ex) when (ex is XmlException or IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }
}
