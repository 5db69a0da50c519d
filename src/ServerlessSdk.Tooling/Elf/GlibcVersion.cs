using System.Globalization;

namespace ServerlessSdk.Tooling.Elf;

/// <summary>Reads the glibc release a symbol version name implies.</summary>
internal static class GlibcVersion
{
    private const string Prefix = "GLIBC_";

    /// <summary>
    /// Linkers since binutils 2.38 add this version when relocations are packed with <c>-z pack-relative-relocs</c>;
    /// only glibc 2.36 and later understand it.
    /// </summary>
    private const string PackedRelocations = "GLIBC_ABI_DT_RELR";

    /// <summary>
    /// <c>GLIBC_2.2.5</c> → 2.2.5, normalised to three parts so 2.34 and 2.34.0 compare equal. Other names
    /// (<c>GLIBC_PRIVATE</c>, another library's versions) give <see langword="null"/>.
    /// </summary>
    public static Version? Parse(string versionName)
    {
        if (versionName == PackedRelocations)
        {
            return new Version(2, 36, 0);
        }

        if (!versionName.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return null;
        }

        var parts = versionName[Prefix.Length..].Split('.');
        if (parts.Length is < 2 or > 3)
        {
            return null;
        }

        var numbers = new int[3];
        for (var i = 0; i < parts.Length; i++)
        {
            if (!int.TryParse(parts[i], NumberStyles.None, CultureInfo.InvariantCulture, out numbers[i]))
            {
                return null;
            }
        }

        return new Version(numbers[0], numbers[1], numbers[2]);
    }

    /// <summary>The same three-part form for a runtime's declared version.</summary>
    public static Version Normalise(Version version) => new(version.Major, version.Minor, Math.Max(version.Build, 0));

    /// <summary>2.34 rather than 2.34.0; 2.2.5 stays as it is.</summary>
    public static string Display(Version version) =>
        version.Build > 0 ? version.ToString(3) : version.ToString(2);
}
