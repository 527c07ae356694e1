using System.Buffers.Binary;
using System.Net;
using System.Security.Cryptography;

namespace Portal.Benchmarks.Load;

/// <summary>
/// An upload of any size generated while it is sent: one 64 KiB buffer of random bytes, stamped with the
/// chunk number, written again and again. The client never holds the file, so its memory says nothing
/// about the server's, and a 1 GiB upload needs no 1 GiB file on disk.
/// </summary>
internal sealed class GeneratedContent : HttpContent
{
    private readonly long length;
    private long sent;

    public GeneratedContent(long length)
    {
        this.length = length;
        Headers.ContentType = new("application/octet-stream");
    }

    /// <summary>Bytes handed to the connection so far (ahead of the server's reading by the socket buffers).</summary>
    public long Sent => Interlocked.Read(ref sent);

    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) =>
        SerializeToStreamAsync(stream, context, CancellationToken.None);

    protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context, CancellationToken cancellationToken)
    {
        var buffer = new byte[64 * 1024];
        RandomNumberGenerator.Fill(buffer);
        for (long chunk = 0, position = 0; position < length; chunk++)
        {
            BinaryPrimitives.WriteInt64LittleEndian(buffer, chunk);
            var count = (int)Math.Min(buffer.Length, length - position);
            await stream.WriteAsync(buffer.AsMemory(0, count), cancellationToken);
            position += count;
            Interlocked.Exchange(ref sent, position);
        }
    }

    protected override bool TryComputeLength(out long length)
    {
        length = this.length;
        return true;
    }
}
