namespace Portal.Crypto.Tests;

/// <summary>Every structural attack on a chunked ciphertext must make decryption fail.</summary>
public sealed class StreamCipherTamperTests : IDisposable
{
    private const int Chunk = StreamCipher.ChunkSize;
    private static readonly byte[] FileAd = AssociatedData.For("report", TestData.ReportId, "attachment", Guid.Empty);

    private readonly SecretKey _key = SecretKey.Generate();
    private readonly byte[] _plaintext = TestData.Random((4 * Chunk) + 1000); // 5 chunks: 4 full + final
    private readonly byte[] _ciphertext;

    public StreamCipherTamperTests() => _ciphertext = TestStreams.Encrypt(_key, _plaintext, FileAd);

    public void Dispose() => _key.Dispose();

    [Fact]
    public void TryDecrypt_ReturnsFalse_WhenTruncatedAtEveryChunkBoundary()
    {
        var (_, chunks) = TestStreams.Split(_ciphertext);
        Assert.Equal(5, chunks.Count);

        for (var kept = 0; kept < chunks.Count; kept++)
        {
            var length = StreamCipher.HeaderSize + (kept * TestStreams.EncryptedChunk);
            Assert.False(Decrypts(_ciphertext[..length]), $"kept {kept} chunks");
        }
    }

    [Fact]
    public void TryDecrypt_ReturnsFalse_WhenTruncatedInsideHeaderOrChunks()
    {
        int[] cuts = [0, 1, StreamCipher.HeaderSize - 1, StreamCipher.HeaderSize + 1, StreamCipher.HeaderSize + 16,
            StreamCipher.HeaderSize + 1000, StreamCipher.HeaderSize + TestStreams.EncryptedChunk - 1,
            StreamCipher.HeaderSize + TestStreams.EncryptedChunk + 1, _ciphertext.Length - 1, _ciphertext.Length - 16];

        foreach (var cut in cuts)
        {
            Assert.False(Decrypts(_ciphertext[..cut]), $"cut at {cut}");
        }
    }

    [Theory]
    [InlineData(0)]
    [InlineData(Chunk)]
    [InlineData(2 * Chunk)]
    public void TryDecrypt_ReturnsFalse_WhenFinalChunkIsDroppedFromExactMultiple(int size)
    {
        var ciphertext = TestStreams.Encrypt(_key, TestData.Random(size), FileAd);

        Assert.True(Decrypts(ciphertext));
        Assert.False(Decrypts(ciphertext[..^16])); // the empty final chunk is just a tag
    }

    [Fact]
    public void TryDecrypt_ReturnsFalse_WhenChunksAreReordered()
    {
        var (header, chunks) = TestStreams.Split(_ciphertext);

        for (var i = 0; i < chunks.Count - 2; i++)
        {
            var swapped = new List<byte[]>(chunks);
            (swapped[i], swapped[i + 1]) = (swapped[i + 1], swapped[i]);
            Assert.False(Decrypts(TestStreams.Join(header, swapped)), $"swap {i}");
        }

        List<byte[]> finalMoved = [chunks[0], chunks[1], chunks[2], chunks[4], chunks[3]];
        Assert.False(Decrypts(TestStreams.Join(header, finalMoved)));
    }

    [Fact]
    public void TryDecrypt_ReturnsFalse_WhenChunkIsDuplicatedOrReplacedByAnother()
    {
        var (header, chunks) = TestStreams.Split(_ciphertext);

        List<byte[]> duplicated = [chunks[0], chunks[1], chunks[1], chunks[2], chunks[3], chunks[4]];
        List<byte[]> replaced = [chunks[0], chunks[0], chunks[2], chunks[3], chunks[4]];
        List<byte[]> dropped = [chunks[0], chunks[2], chunks[3], chunks[4]];

        Assert.False(Decrypts(TestStreams.Join(header, duplicated)));
        Assert.False(Decrypts(TestStreams.Join(header, replaced)));
        Assert.False(Decrypts(TestStreams.Join(header, dropped)));
    }

    [Fact]
    public void TryDecrypt_ReturnsFalse_WhenChunksAreSplicedFromAnotherFileUnderSameKeyAndAd()
    {
        var other = TestStreams.Encrypt(_key, _plaintext, FileAd); // same key, AD and plaintext; other salt
        var (header, chunks) = TestStreams.Split(_ciphertext);
        var (otherHeader, otherChunks) = TestStreams.Split(other);

        for (var i = 0; i < chunks.Count; i++)
        {
            var spliced = new List<byte[]>(chunks) { [i] = otherChunks[i] };
            Assert.False(Decrypts(TestStreams.Join(header, spliced)), $"chunk {i}");
        }

        Assert.False(Decrypts(TestStreams.Join(otherHeader, chunks)));
        Assert.True(Decrypts(other));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(16)]
    [InlineData(Chunk + 16)]
    public void TryDecrypt_ReturnsFalse_WhenBytesAreAppended(int extra)
    {
        Assert.False(Decrypts([.. _ciphertext, .. new byte[extra]]));
        Assert.False(Decrypts([.. _ciphertext, .. TestData.Random(extra)]));
    }

    [Fact]
    public void TryDecrypt_ReturnsFalse_WhenFinalChunkIsRepeatedAtTheEnd()
    {
        var (header, chunks) = TestStreams.Split(_ciphertext);

        Assert.False(Decrypts(TestStreams.Join(header, [.. chunks, chunks[^1]])));
    }

    [Fact]
    public void TryDecrypt_ReturnsFalse_WhenAnyHeaderByteIsFlipped()
    {
        for (var i = 0; i < StreamCipher.HeaderSize; i++)
        {
            var mutated = (byte[])_ciphertext.Clone();
            mutated[i] ^= 0x01;
            Assert.False(Decrypts(mutated), $"header byte {i}");
        }
    }

    [Fact]
    public void TryDecrypt_ReturnsFalse_WhenAnyByteOfASmallFileIsFlipped()
    {
        var ciphertext = TestStreams.Encrypt(_key, TestData.Random(100), FileAd);

        foreach (var (index, mutated) in TestData.EveryByteFlipped(ciphertext))
        {
            Assert.False(Decrypts(mutated), $"byte {index}");
        }
    }

    [Fact]
    public void TryDecrypt_ReturnsFalse_WhenFirstOrLastByteOfEachChunkIsFlipped()
    {
        var (header, chunks) = TestStreams.Split(_ciphertext);

        for (var i = 0; i < chunks.Count; i++)
        {
            foreach (var position in new[] { 0, chunks[i].Length - 1 })
            {
                var copy = chunks.Select(c => (byte[])c.Clone()).ToList();
                copy[i][position] ^= 0x80;
                Assert.False(Decrypts(TestStreams.Join(header, copy)), $"chunk {i} byte {position}");
            }
        }
    }

    [Fact]
    public void TryDecrypt_ReturnsTrue_WhenUntouched()
    {
        Assert.True(TestStreams.TryDecrypt(_key, _ciphertext, FileAd, out var plaintext));
        Assert.Equal(_plaintext, plaintext);
    }

    private bool Decrypts(byte[] ciphertext) => TestStreams.TryDecrypt(_key, ciphertext, FileAd, out _);
}
