using System.Buffers.Binary;
using System.Diagnostics;
using System.IO.Compression;
using System.Text.RegularExpressions;

namespace ServerlessSdk.Testing;

/// <summary>What Chromium made of a page: its DOM after parsing, every console message, and its screenshot's pixels.</summary>
/// <param name="Dom">The serialised DOM (<c>--dump-dom</c>).</param>
/// <param name="ConsoleMessages">Every console message of either run: script errors, blocked loads, CSP violations.</param>
/// <param name="Screenshot">The screenshot.</param>
public sealed record RenderedPage(string Dom, IReadOnlyList<string> ConsoleMessages, DecodedPng Screenshot);

/// <summary>
/// Renders local HTML files in headless Chromium (installed by build/install-chromium.sh; missing is an error, never
/// a skip). Console messages are read from Chromium's own log (<c>--enable-logging=stderr --log-level=0</c> writes
/// each one as an <c>INFO:CONSOLE</c> line).
/// </summary>
public static partial class HeadlessChromium
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    /// <summary>Renders <paramref name="htmlFile"/> twice: once for the DOM, once for a screenshot of <paramref name="width"/>×<paramref name="height"/>.</summary>
    public static RenderedPage Render(string htmlFile, int width = 1200, int height = 2400) => Render(htmlFile, width, height, []);

    /// <summary>
    /// Renders a page whose own script draws it: <paramref name="scriptMilliseconds"/> of virtual time let its promises
    /// settle before the DOM is read, and it may load the local files beside it.
    /// </summary>
    public static RenderedPage RenderScripted(string htmlFile, int scriptMilliseconds = 10_000) =>
        Render(htmlFile, 1200, 1600, ["--allow-file-access-from-files", $"--virtual-time-budget={scriptMilliseconds}"]);

    private static RenderedPage Render(string htmlFile, int width, int height, string[] extra)
    {
        var url = new Uri(Path.GetFullPath(htmlFile)).AbsoluteUri;
        using var profile = new TempFolder();
        var (dom, domLog) = Run(profile.Path, [.. extra, "--dump-dom", url]);
        var png = Path.Combine(profile.Path, "screenshot.png");
        var (_, shotLog) = Run(profile.Path, [.. extra, $"--screenshot={png}", $"--window-size={width},{height}", url]);
        var messages = ConsoleLine().Matches(domLog + "\n" + shotLog).Select(m => m.Groups["message"].Value).ToList();
        return new RenderedPage(dom, messages, DecodedPng.Read(File.ReadAllBytes(png)));
    }

    private static (string Stdout, string Stderr) Run(string profile, params string[] arguments)
    {
        var start = new ProcessStartInfo("chromium");
        foreach (var argument in (string[])["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--hide-scrollbars",
                     "--enable-logging=stderr", "--log-level=0", $"--user-data-dir={profile}", .. arguments])
        {
            start.ArgumentList.Add(argument);
        }

        ProcessResult result;
        try
        {
            result = ChildProcess.Run(start, Timeout).ShouldFinish();
        }
        catch (InvalidOperationException e)
        {
            throw new InvalidOperationException("chromium is not installed: run build/install-chromium.sh", e);
        }

        return result.ExitCode == 0
            ? (result.Stdout, result.Stderr)
            : throw new InvalidOperationException($"chromium exited with {result.ExitCode}:\n{result.Stderr}");
    }

    // A message may span lines (a parse error with its context): up to the first `", source:` after it.
    [GeneratedRegex("""CONSOLE[^\]]*\] "(?<message>.*?)", source:""", RegexOptions.Singleline)]
    private static partial Regex ConsoleLine();

    private sealed class TempFolder : IDisposable
    {
        public string Path { get; } = Directory.CreateTempSubdirectory("chromium-").FullName;

        public void Dispose()
        {
            try
            {
                Directory.Delete(Path, recursive: true);
            }
            catch (IOException)
            {
                // A crash helper may still hold a file; the temp folder is cleaned by the OS.
            }
        }
    }
}

/// <summary>An 8-bit RGB or RGBA, non-interlaced PNG (what Chromium writes) decoded to pixels, enough to tell a blank page from a drawn one.</summary>
public sealed class DecodedPng
{
    private readonly byte[] _pixels;
    private readonly int _channels;

    private DecodedPng(int width, int height, int channels, byte[] pixels)
    {
        Width = width;
        Height = height;
        _channels = channels;
        _pixels = pixels;
    }

    public int Width { get; }

    public int Height { get; }

    /// <summary>The pixel at (<paramref name="x"/>, <paramref name="y"/>) as 0xRRGGBB (alpha ignored).</summary>
    public int Pixel(int x, int y)
    {
        var i = ((y * Width) + x) * _channels;
        return (_pixels[i] << 16) | (_pixels[i + 1] << 8) | _pixels[i + 2];
    }

    /// <summary>How many pixels differ from the top-left one (the page's background).</summary>
    public int PixelsUnlikeBackground()
    {
        var background = Pixel(0, 0);
        var count = 0;
        for (var y = 0; y < Height; y++)
        {
            for (var x = 0; x < Width; x++)
            {
                count += Pixel(x, y) == background ? 0 : 1;
            }
        }

        return count;
    }

    public static DecodedPng Read(byte[] png)
    {
        var offset = 8;
        int width = 0, height = 0, channels = 0;
        using var compressed = new MemoryStream();
        while (offset < png.Length)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(offset));
            var type = System.Text.Encoding.ASCII.GetString(png, offset + 4, 4);
            var data = png.AsSpan(offset + 8, length);
            if (type == "IHDR")
            {
                width = BinaryPrimitives.ReadInt32BigEndian(data);
                height = BinaryPrimitives.ReadInt32BigEndian(data[4..]);
                channels = data[9] switch
                {
                    2 => 3,
                    6 => 4,
                    _ => throw new NotSupportedException($"PNG colour type {data[9]}"),
                };
                if (data[8] != 8 || data[12] != 0)
                {
                    throw new NotSupportedException("only 8-bit, non-interlaced PNGs");
                }
            }
            else if (type == "IDAT")
            {
                compressed.Write(data);
            }

            offset += 12 + length;
        }

        compressed.Position = 0;
        using var inflated = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionMode.Decompress))
        {
            zlib.CopyTo(inflated);
        }

        return new DecodedPng(width, height, channels, Unfilter(inflated.ToArray(), width, height, channels));
    }

    // Reverses each scanline's filter (PNG spec section 9).
    private static byte[] Unfilter(byte[] raw, int width, int height, int channels)
    {
        var stride = width * channels;
        var pixels = new byte[stride * height];
        for (var y = 0; y < height; y++)
        {
            var filter = raw[y * (stride + 1)];
            var source = (y * (stride + 1)) + 1;
            var row = y * stride;
            for (var x = 0; x < stride; x++)
            {
                int a = x >= channels ? pixels[row + x - channels] : 0;
                int b = y > 0 ? pixels[row - stride + x] : 0;
                int c = x >= channels && y > 0 ? pixels[row - stride + x - channels] : 0;
                var predicted = filter switch
                {
                    0 => 0,
                    1 => a,
                    2 => b,
                    3 => (a + b) / 2,
                    4 => Paeth(a, b, c),
                    _ => throw new NotSupportedException($"PNG filter {filter}"),
                };
                pixels[row + x] = (byte)(raw[source + x] + predicted);
            }
        }

        return pixels;
    }

    private static int Paeth(int a, int b, int c)
    {
        var p = a + b - c;
        int pa = Math.Abs(p - a), pb = Math.Abs(p - b), pc = Math.Abs(p - c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }
}
