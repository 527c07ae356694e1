using System.Buffers.Binary;
using System.Text;
using Portal.Web.Features.Intake.Metadata.Common;

namespace Portal.Web.Features.Intake.Metadata.Png;

/// <summary>Copies a PNG chunk by chunk, keeping only the chunks <see cref="PngChunkPolicy"/> allows and
/// checking the CRC of every chunk it keeps. Image data (IDAT) is streamed unchanged with flat memory.</summary>
internal sealed class PngRewriter(Stream input, Stream output, long maxBytes, RemovedMetadataCollector removed)
{
    /// <summary>Dropped chunks up to this size are read whole to describe them; larger ones are skipped.</summary>
    private const int DescribeLimit = 256 * 1024;

    /// <summary>Enough of a text chunk to hold its keyword (at most 79 bytes and a terminator).</summary>
    private const int KeywordPeek = 80;

    private readonly StreamingReader _reader = new(input, maxBytes);

    public static ReadOnlySpan<byte> Signature => [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        await _reader.EnsureAsync(Signature.Length, cancellationToken);
        if (!_reader.Buffered.StartsWith(Signature))
            throw ScrubAbortedException.Unsupported("Not a PNG file (no PNG signature).");
        await output.WriteAsync(_reader.BufferedMemory[..Signature.Length], cancellationToken);
        _reader.Advance(Signature.Length);

        var first = true;
        while (true)
        {
            await _reader.EnsureAsync(8, cancellationToken);
            var header = _reader.Buffered[..8].ToArray();
            var length = BinaryPrimitives.ReadUInt32BigEndian(header);
            if (length > int.MaxValue)
                throw ScrubAbortedException.Corrupt($"PNG chunk at offset {_reader.Position} declares an impossible length.");
            if (!IsChunkType(header.AsSpan(4)))
                throw ScrubAbortedException.Corrupt($"PNG chunk at offset {_reader.Position} has an invalid type.");
            var type = Encoding.ASCII.GetString(header, 4, 4);
            if (first && type != "IHDR")
                throw ScrubAbortedException.Corrupt("PNG does not start with an IHDR chunk.");
            first = false;
            _reader.Advance(8);

            if (PngChunkPolicy.IsKept(type))
                await CopyChunkAsync(header, length, cancellationToken);
            else if (PngChunkPolicy.IsCritical(type))
                throw ScrubAbortedException.Unsupported($"PNG uses an unknown critical chunk {type}.");
            else
                await DropChunkAsync(type, length, cancellationToken);

            if (type == "IEND")
                break;
        }

        if (await _reader.HasMoreAsync(cancellationToken))
            removed.Add(MetadataKind.TrailingData, "data after the end of the picture");
    }

    private async Task CopyChunkAsync(byte[] header, uint length, CancellationToken cancellationToken)
    {
        var crc = new Crc32();
        crc.Append(header.AsSpan(4));
        await output.WriteAsync(header, cancellationToken);
        await _reader.CopyToAsync(output, length, data => crc.Append(data), cancellationToken);

        await _reader.EnsureAsync(4, cancellationToken);
        var stored = BinaryPrimitives.ReadUInt32BigEndian(_reader.Buffered);
        if (stored != crc.Value)
            throw ScrubAbortedException.Corrupt($"PNG chunk ending at offset {_reader.Position} has a wrong CRC.");
        await output.WriteAsync(_reader.BufferedMemory[..4], cancellationToken);
        _reader.Advance(4);
    }

    private async Task DropChunkAsync(string type, uint length, CancellationToken cancellationToken)
    {
        // The chunk is removed whatever its content; reading part of it only serves the report. Its CRC
        // is not checked: a damaged chunk that is thrown away cannot damage the output.
        if (length <= DescribeLimit)
        {
            var data = new byte[length];
            await _reader.ReadExactlyAsync(data, cancellationToken);
            PngChunkPolicy.DescribeDropped(type, data, complete: true, removed);
        }
        else
        {
            var peek = new byte[KeywordPeek];
            await _reader.ReadExactlyAsync(peek, cancellationToken);
            PngChunkPolicy.DescribeDropped(type, peek, complete: false, removed);
            await _reader.SkipAsync(length - KeywordPeek, null, cancellationToken);
        }

        await _reader.SkipAsync(4, null, cancellationToken);
    }

    private static bool IsChunkType(ReadOnlySpan<byte> type)
    {
        foreach (var b in type)
        {
            if (!char.IsAsciiLetter((char)b))
                return false;
        }

        return true;
    }
}
