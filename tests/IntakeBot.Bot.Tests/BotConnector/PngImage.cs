using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace IntakeBot.Bot.Tests.BotConnector;

/// <summary>A minimal PNG reader for the icon tests: size and colour type of any PNG, pixels of 8-bit RGBA ones.</summary>
internal sealed record PngImage(int Width, int Height, byte ColorType, byte BitDepth, byte[]? Rgba)
{
    private static readonly byte[] Signature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    public static PngImage Read(string path)
    {
        var bytes = File.ReadAllBytes(path);
        if (bytes.Length < 33 || !bytes.AsSpan(0, 8).SequenceEqual(Signature))
        {
            throw new InvalidDataException($"{path} is not a PNG.");
        }

        var width = BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(16));
        var height = BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(20));
        var bitDepth = bytes[24];
        var colorType = bytes[25];
        var interlaced = bytes[28] != 0;
        var rgba = colorType == 6 && bitDepth == 8 && !interlaced ? Decode(bytes, width, height) : null;
        return new PngImage(width, height, colorType, bitDepth, rgba);
    }

    private static byte[] Decode(byte[] png, int width, int height)
    {
        using var idat = new MemoryStream();
        for (var offset = 8; offset + 8 <= png.Length;)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(offset));
            var kind = Encoding.ASCII.GetString(png, offset + 4, 4);
            if (kind == "IDAT")
            {
                idat.Write(png, offset + 8, length);
            }

            offset += 12 + length;
        }

        idat.Position = 0;
        using var inflated = new MemoryStream();
        using (var zlib = new ZLibStream(idat, CompressionMode.Decompress))
        {
            zlib.CopyTo(inflated);
        }

        return Unfilter(inflated.ToArray(), width, height);
    }

    private static byte[] Unfilter(byte[] data, int width, int height)
    {
        const int Bpp = 4;
        var stride = width * Bpp;
        var pixels = new byte[stride * height];
        for (var y = 0; y < height; y++)
        {
            var filter = data[y * (stride + 1)];
            for (var x = 0; x < stride; x++)
            {
                var raw = data[(y * (stride + 1)) + 1 + x];
                int a = x >= Bpp ? pixels[(y * stride) + x - Bpp] : 0;
                int b = y > 0 ? pixels[((y - 1) * stride) + x] : 0;
                int c = x >= Bpp && y > 0 ? pixels[((y - 1) * stride) + x - Bpp] : 0;
                var predictor = filter switch
                {
                    0 => 0,
                    1 => a,
                    2 => b,
                    3 => (a + b) / 2,
                    4 => Paeth(a, b, c),
                    _ => throw new InvalidDataException($"Unknown PNG filter {filter}."),
                };
                pixels[(y * stride) + x] = (byte)(raw + predictor);
            }
        }

        return pixels;
    }

    private static int Paeth(int a, int b, int c)
    {
        var p = a + b - c;
        var pa = Math.Abs(p - a);
        var pb = Math.Abs(p - b);
        var pc = Math.Abs(p - c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }
}
