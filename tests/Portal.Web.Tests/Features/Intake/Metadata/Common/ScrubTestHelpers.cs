using System.Text;
using Portal.Web.Features.Intake.Metadata;

namespace Portal.Web.Tests.Features.Intake.Metadata.Common;

/// <summary>Runs scrubbers and checks their output the way every format's tests need.</summary>
internal static class ScrubTestHelpers
{
    public const long NoLimit = 100L * 1024 * 1024;

    public static async Task<(ScrubResult Result, byte[] Output)> ScrubAsync(
        IMetadataScrubber scrubber, byte[] input, long maxBytes = NoLimit, bool trickle = false)
    {
        using var source = trickle ? new TrickleStream(input) : (Stream)new MemoryStream(input, writable: false);
        using var output = new MemoryStream();
        var result = await scrubber.ScrubAsync(source, output, maxBytes, CancellationToken.None);
        return (result, output.ToArray());
    }

    /// <summary>Asserts that <paramref name="secret"/> appears in none of the encodings file formats use
    /// for text (UTF-8, UTF-16 in both byte orders, Latin-1).</summary>
    public static void AssertAbsent(byte[] haystack, string secret)
    {
        foreach (var encoding in new Encoding[] { Encoding.UTF8, Encoding.Unicode, Encoding.BigEndianUnicode, Encoding.Latin1 })
        {
            var needle = encoding.GetBytes(secret);
            Assert.True(haystack.AsSpan().IndexOf(needle) < 0, $"'{secret}' ({encoding.WebName}) is still in the output.");
        }
    }

    public static void AssertPresent(byte[] haystack, string text) =>
        Assert.True(haystack.AsSpan().IndexOf(Encoding.UTF8.GetBytes(text)) >= 0, $"'{text}' is missing from the output.");

    public static void AssertRemoved(ScrubResult result, MetadataKind kind) =>
        Assert.True(result.Removed.Any(r => r.Kind == kind), $"{kind} is not reported as removed: {Describe(result)}");

    public static string Describe(ScrubResult result) =>
        result.Succeeded
            ? string.Join(" | ", result.Removed.Select(r => $"{r.Kind}: {r.Detail}"))
            : $"{result.FailureReason}: {result.FailureDetail}";

    /// <summary>Flips bytes of <paramref name="input"/> at random (fixed seed) and checks the scrubber never
    /// throws and never reports an internal error: every failure must be a clean, explained one.</summary>
    public static async Task AssertNeverThrowsAsync(IMetadataScrubber scrubber, byte[] input, int rounds, int seed)
    {
        var random = new Random(seed);
        for (var round = 0; round < rounds; round++)
        {
            var mutated = (byte[])input.Clone();
            var flips = random.Next(1, 8);
            for (var i = 0; i < flips; i++)
                mutated[random.Next(mutated.Length)] = (byte)random.Next(256);
            var (result, _) = await ScrubAsync(scrubber, mutated);
            Assert.False(
                result.FailureDetail?.StartsWith("Internal error", StringComparison.Ordinal) ?? false,
                $"Round {round}: {result.FailureDetail}");
        }
    }
}

/// <summary>A non-seekable stream that hands out a few bytes per read, to exercise buffer boundaries the
/// way a slow upload does.</summary>
internal sealed class TrickleStream(byte[] data) : Stream
{
    private int _position;

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
        var n = Math.Min(Math.Min(buffer.Length, 1 + (_position % 7)), data.Length - _position);
        data.AsSpan(_position, n).CopyTo(buffer);
        _position += n;
        return n;
    }

    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Read(buffer.Span));

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        Task.FromResult(Read(buffer.AsSpan(offset, count)));

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
