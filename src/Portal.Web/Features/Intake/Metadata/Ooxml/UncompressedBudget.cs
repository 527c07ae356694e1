using Portal.Web.Features.Intake.Metadata.Common;

namespace Portal.Web.Features.Intake.Metadata.Ooxml;

/// <summary>Counts bytes actually decompressed from a package and its embedded packages, and stops the
/// scrub when they pass the limit. This is the ZIP-bomb guard: it does not trust declared sizes.</summary>
internal sealed class UncompressedBudget(long limit)
{
    private long _used;

    public long Remaining => limit - _used;

    public void Consume(long bytes)
    {
        _used += bytes;
        if (_used > limit)
            throw ScrubAbortedException.TooLarge($"The document expands to more than {limit} bytes (possible ZIP bomb).");
    }

    /// <summary>Wraps a decompressing stream so every byte read is counted.</summary>
    public Stream Watch(Stream inner) => new BudgetedReadStream(inner, this);

    private sealed class BudgetedReadStream(Stream inner, UncompressedBudget budget) : Stream
    {
        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            var read = inner.Read(buffer);
            budget.Consume(read);
            return read;
        }

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            var read = await inner.ReadAsync(buffer, cancellationToken);
            budget.Consume(read);
            return read;
        }

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
                inner.Dispose();
            base.Dispose(disposing);
        }
    }
}
