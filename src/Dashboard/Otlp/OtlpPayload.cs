using System.IO.Compression;

namespace StPlatform.Dashboard.Otlp;

/// <summary>Reads an export request's bytes (gzip or not, bounded in size) and decodes them.</summary>
internal static class OtlpPayload
{
    public delegate void Consume(ReadOnlySpan<byte> body);

    /// <summary>The body, or null when it is larger than <paramref name="maxBytes"/> or its gzip is broken.</summary>
    public static async Task<byte[]?> ReadAsync(Stream body, bool gzip, int maxBytes, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        try
        {
            await using var source = gzip ? new GZipStream(body, CompressionMode.Decompress, leaveOpen: true) : null;
            var input = (Stream?)source ?? body;
            var chunk = new byte[16 * 1024];
            int read;
            while ((read = await input.ReadAsync(chunk, cancellationToken)) > 0)
            {
                if (buffer.Length + read > maxBytes)
                {
                    return null;
                }
                buffer.Write(chunk, 0, read);
            }
        }
        catch (InvalidDataException)
        {
            return null;
        }
        return buffer.ToArray();
    }

    public static bool TryConsume(ReadOnlySpan<byte> body, Consume consume)
    {
        try
        {
            consume(body);
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
