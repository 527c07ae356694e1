using System.Buffers.Binary;
using Portal.Web.Features.Intake.Metadata.Common;

namespace Portal.Web.Features.Intake.Metadata.Jpeg;

/// <summary>Copies a JPEG segment by segment, dropping metadata segments and everything after the end of
/// the picture. Tables, frame and scan headers and the compressed image data are copied byte for byte, so
/// the picture is not re-encoded and loses nothing.</summary>
/// <remarks>Memory is flat: a segment is at most 65,535 bytes and image data is streamed through the reader.</remarks>
internal sealed class JpegRewriter(Stream input, Stream output, long maxBytes, RemovedMetadataCollector removed)
{
    private const byte StartOfImage = 0xD8;
    private const byte EndOfImage = 0xD9;
    private const byte StartOfScan = 0xDA;
    private const byte Temporary = 0x01;

    private readonly StreamingReader _reader = new(input, maxBytes);
    private readonly byte[] _segment = new byte[ushort.MaxValue];
    private bool _orientationWritten;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        await _reader.EnsureAsync(2, cancellationToken);
        if (_reader.Buffered[0] != 0xFF || _reader.Buffered[1] != StartOfImage)
            throw ScrubAbortedException.Unsupported("Not a JPEG file (no start-of-image marker).");
        _reader.Advance(2);
        await WriteAsync([0xFF, StartOfImage], cancellationToken);

        while (true)
        {
            var marker = await ReadMarkerAsync(cancellationToken);
            if (marker == EndOfImage)
            {
                await WriteAsync([0xFF, EndOfImage], cancellationToken);
                break;
            }

            if (marker is Temporary or (>= 0xD0 and <= 0xD7))
            {
                await WriteAsync([0xFF, marker], cancellationToken);
                continue;
            }

            if (marker == StartOfImage || marker < 0xC0)
                throw ScrubAbortedException.Corrupt($"Unexpected JPEG marker 0x{marker:X2} at offset {_reader.Position - 2}.");

            var payload = await ReadSegmentAsync(cancellationToken);
            await HandleSegmentAsync(marker, payload, cancellationToken);
            if (marker == StartOfScan)
                await CopyEntropyCodedDataAsync(cancellationToken);
        }

        // Motion photos append a video, multi-picture files further JPEGs with their own EXIF; nothing after
        // the end of the first picture is kept, and it is not even read.
        if (await _reader.HasMoreAsync(cancellationToken))
            removed.Add(MetadataKind.TrailingData, "data after the end of the picture (such as a motion-photo video or extra pictures)");
    }

    private async Task HandleSegmentAsync(byte marker, Memory<byte> payload, CancellationToken cancellationToken)
    {
        switch (JpegSegmentPolicy.Decide(marker, payload.Span, removed))
        {
            case JpegSegmentAction.Keep:
                await WriteSegmentAsync(marker, payload, cancellationToken);
                break;
            case JpegSegmentAction.KeepJfifWithoutThumbnail:
                var header = new byte[JfifHeader.Length];
                JfifHeader.WriteWithoutThumbnail(payload.Span, header);
                await WriteSegmentAsync(marker, header, cancellationToken);
                break;
            case JpegSegmentAction.ReplaceExifWithOrientation:
                // "Exif\0\0" precedes the TIFF structure.
                var orientation = ExifSummary.Describe(payload.Span[Math.Min(6, payload.Length)..], removed, "EXIF");
                if (orientation > 1 && !_orientationWritten)
                {
                    await WriteAsync(ExifOrientation.BuildSegment(orientation), cancellationToken);
                    _orientationWritten = true;
                }

                break;
            case JpegSegmentAction.Drop:
                break;
        }
    }

    private async Task<byte> ReadMarkerAsync(CancellationToken cancellationToken)
    {
        await _reader.EnsureAsync(2, cancellationToken);
        if (_reader.Buffered[0] != 0xFF)
            throw ScrubAbortedException.Corrupt($"Expected a JPEG marker at offset {_reader.Position}.");

        // Any number of 0xFF fill bytes may precede a marker.
        while (_reader.Buffered[1] == 0xFF)
        {
            _reader.Advance(1);
            await _reader.EnsureAsync(2, cancellationToken);
        }

        var marker = _reader.Buffered[1];
        _reader.Advance(2);
        return marker;
    }

    private async Task<Memory<byte>> ReadSegmentAsync(CancellationToken cancellationToken)
    {
        await _reader.EnsureAsync(2, cancellationToken);
        var length = BinaryPrimitives.ReadUInt16BigEndian(_reader.Buffered);
        if (length < 2)
            throw ScrubAbortedException.Corrupt($"JPEG segment length {length} at offset {_reader.Position} is too small.");
        _reader.Advance(2);
        var payload = _segment.AsMemory(0, length - 2);
        await _reader.ReadExactlyAsync(payload, cancellationToken);
        return payload;
    }

    /// <summary>Copies compressed image data up to the next real marker. Inside it, 0xFF is followed by
    /// 0x00 (an escaped data byte), a restart marker, or more 0xFF fill bytes; anything else ends the scan.</summary>
    private async Task CopyEntropyCodedDataAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            if (!await _reader.TryEnsureAsync(1, cancellationToken))
                throw ScrubAbortedException.Truncated("The JPEG ends inside its image data.");

            var (length, markerFound) = ScanEntropyCodedData(_reader.Buffered);
            if (length > 0)
            {
                await output.WriteAsync(_reader.BufferedMemory[..length], cancellationToken);
                _reader.Advance(length);
            }

            if (markerFound)
                return;
            if (length == 0)
            {
                // A lone 0xFF at the end of the buffer: the next byte decides what it is.
                await _reader.EnsureAsync(2, cancellationToken);
            }
        }
    }

    /// <summary>Returns how many bytes of <paramref name="data"/> are image data, and whether a marker follows them.</summary>
    internal static (int Length, bool MarkerFound) ScanEntropyCodedData(ReadOnlySpan<byte> data)
    {
        var i = 0;
        while (i < data.Length)
        {
            var next = data[i..].IndexOf((byte)0xFF);
            if (next < 0)
                return (data.Length, false);
            i += next;
            if (i + 1 >= data.Length)
                return (i, false);
            var following = data[i + 1];
            if (following == 0x00 || following is >= 0xD0 and <= 0xD7)
                i += 2;
            else if (following == 0xFF)
                i += 1;
            else
                return (i, true);
        }

        return (i, false);
    }

    private async Task WriteSegmentAsync(byte marker, ReadOnlyMemory<byte> payload, CancellationToken cancellationToken)
    {
        var header = new byte[4];
        header[0] = 0xFF;
        header[1] = marker;
        BinaryPrimitives.WriteUInt16BigEndian(header.AsSpan(2), (ushort)(payload.Length + 2));
        await WriteAsync(header, cancellationToken);
        await output.WriteAsync(payload, cancellationToken);
    }

    private ValueTask WriteAsync(byte[] bytes, CancellationToken cancellationToken) => output.WriteAsync(bytes, cancellationToken);
}
