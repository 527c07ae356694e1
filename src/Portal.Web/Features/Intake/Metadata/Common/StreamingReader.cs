namespace Portal.Web.Features.Intake.Metadata.Common;

/// <summary>Forward-only buffered reader for formats cleaned segment by segment (JPEG, PNG).</summary>
/// <remarks>
/// Memory stays flat: one fixed buffer, whatever the file size. Position counts consumed bytes, and any read
/// that needs a byte beyond <c>maxBytes</c> fails with <see cref="ScrubFailureReason.TooLarge"/>. Running
/// out of input fails with <see cref="ScrubFailureReason.Truncated"/>.
/// </remarks>
internal sealed class StreamingReader
{
    public const int DefaultBufferSize = 64 * 1024;

    private readonly Stream _stream;
    private readonly long _maxBytes;
    private readonly byte[] _buffer;
    private int _start;
    private int _end;
    private bool _endOfInput;

    public StreamingReader(Stream stream, long maxBytes, int bufferSize = DefaultBufferSize)
    {
        _stream = stream;
        _maxBytes = maxBytes;
        _buffer = new byte[bufferSize];
    }

    /// <summary>Number of bytes consumed so far, i.e. the file offset of <see cref="Buffered"/>[0].</summary>
    public long Position { get; private set; }

    public int BufferSize => _buffer.Length;

    public ReadOnlySpan<byte> Buffered => _buffer.AsSpan(_start, _end - _start);

    public ReadOnlyMemory<byte> BufferedMemory => _buffer.AsMemory(_start, _end - _start);

    /// <summary>Makes at least <paramref name="count"/> bytes available in <see cref="Buffered"/>.</summary>
    /// <returns>False when the input ends first.</returns>
    public async ValueTask<bool> TryEnsureAsync(int count, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, _buffer.Length);
        while (_end - _start < count)
        {
            if (_endOfInput)
                return false;
            if (_buffer.Length - _start < count || _end == _buffer.Length)
                Compact();
            var read = await _stream.ReadAsync(_buffer.AsMemory(_end), cancellationToken);
            if (read == 0)
            {
                _endOfInput = true;
                return false;
            }

            _end += read;
        }

        if (Position + count > _maxBytes)
            throw ScrubAbortedException.TooLarge($"The file is larger than the limit of {_maxBytes} bytes.");
        return true;
    }

    /// <summary>Like <see cref="TryEnsureAsync"/> but a short input is a <see cref="ScrubFailureReason.Truncated"/> failure.</summary>
    public async ValueTask EnsureAsync(int count, CancellationToken cancellationToken)
    {
        if (!await TryEnsureAsync(count, cancellationToken))
            throw ScrubAbortedException.Truncated($"The file ends at offset {Position + (_end - _start)} inside its structure.");
    }

    /// <summary>Whether any byte follows, without applying the size limit: used to notice data after the
    /// end of an image, which is dropped unread.</summary>
    public async ValueTask<bool> HasMoreAsync(CancellationToken cancellationToken)
    {
        if (_end > _start)
            return true;
        if (_endOfInput)
            return false;
        _start = _end = 0;
        var read = await _stream.ReadAsync(_buffer.AsMemory(), cancellationToken);
        _end = read;
        _endOfInput = read == 0;
        return read > 0;
    }

    public void Advance(int count)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, _end - _start);
        _start += count;
        Position += count;
    }

    public async ValueTask<byte> ReadByteAsync(CancellationToken cancellationToken)
    {
        await EnsureAsync(1, cancellationToken);
        var value = _buffer[_start];
        Advance(1);
        return value;
    }

    public async ValueTask ReadExactlyAsync(Memory<byte> destination, CancellationToken cancellationToken)
    {
        while (!destination.IsEmpty)
        {
            await EnsureAsync(1, cancellationToken);
            var chunk = Math.Min(destination.Length, _end - _start);
            _buffer.AsMemory(_start, chunk).CopyTo(destination);
            destination = destination[chunk..];
            Advance(chunk);
        }
    }

    /// <summary>Copies <paramref name="count"/> bytes to <paramref name="output"/>, showing each chunk to
    /// <paramref name="observe"/> first (used to compute checksums while streaming).</summary>
    public async ValueTask CopyToAsync(Stream output, long count, Action<ReadOnlySpan<byte>>? observe, CancellationToken cancellationToken)
    {
        while (count > 0)
        {
            await EnsureAsync(1, cancellationToken);
            var chunk = (int)Math.Min(count, _end - _start);
            observe?.Invoke(_buffer.AsSpan(_start, chunk));
            await output.WriteAsync(_buffer.AsMemory(_start, chunk), cancellationToken);
            Advance(chunk);
            count -= chunk;
        }
    }

    public async ValueTask SkipAsync(long count, Action<ReadOnlySpan<byte>>? observe, CancellationToken cancellationToken)
    {
        while (count > 0)
        {
            await EnsureAsync(1, cancellationToken);
            var chunk = (int)Math.Min(count, _end - _start);
            observe?.Invoke(_buffer.AsSpan(_start, chunk));
            Advance(chunk);
            count -= chunk;
        }
    }

    private void Compact()
    {
        var length = _end - _start;
        Buffer.BlockCopy(_buffer, _start, _buffer, 0, length);
        _start = 0;
        _end = length;
    }
}
