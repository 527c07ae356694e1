using System.Buffers.Binary;
using System.Diagnostics.CodeAnalysis;

namespace Portal.Crypto;

/// <summary>
/// Argon2id cost parameters, stored next to everything derived with them so they can be raised later.
/// Serialised form (8 bytes): <c>algorithm id 0x01 (Argon2id v1.3) || memory KiB (u32 BE) ||
/// iterations (u16 BE) || parallelism (u8)</c>. Upper bounds stop a crafted blob from making the server
/// allocate unbounded memory.
/// </summary>
public sealed record Argon2Parameters
{
    /// <summary>Size of <see cref="ToBytes"/>.</summary>
    public const int SerializedSize = 8;

    /// <summary>libsodium's minimum memory (8 KiB).</summary>
    public const int MinMemorySizeKiB = 8;

    /// <summary>Largest accepted memory cost: 1 GiB.</summary>
    public const int MaxMemorySizeKiB = 1024 * 1024;

    /// <summary>Largest accepted number of passes.</summary>
    public const int MaxIterations = 64;

    private const byte Argon2idV13 = 1;

    /// <summary>Validates and creates parameters.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Out of range; NSec supports only parallelism 1.</exception>
    public Argon2Parameters(int memorySizeKiB, int iterations, int parallelism = 1)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(memorySizeKiB, MinMemorySizeKiB);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(memorySizeKiB, MaxMemorySizeKiB);
        ArgumentOutOfRangeException.ThrowIfLessThan(iterations, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(iterations, MaxIterations);
        if (parallelism != 1)
        {
            throw new ArgumentOutOfRangeException(nameof(parallelism), parallelism, "NSec's Argon2id supports only parallelism 1.");
        }

        MemorySizeKiB = memorySizeKiB;
        Iterations = iterations;
        Parallelism = parallelism;
    }

    /// <summary>Production default: 64 MiB, 3 passes, 1 lane (about 0.1-0.3 s on the target machines).</summary>
    public static Argon2Parameters Default { get; } = new(64 * 1024, 3);

    /// <summary>The cheapest legal setting (8 KiB, 1 pass). For tests only; never for real data.</summary>
    public static Argon2Parameters ForTests { get; } = new(MinMemorySizeKiB, 1);

    /// <summary>Memory cost in KiB.</summary>
    public int MemorySizeKiB { get; }

    /// <summary>Number of passes over memory.</summary>
    public int Iterations { get; }

    /// <summary>Lanes; always 1.</summary>
    public int Parallelism { get; }

    /// <summary>True if these parameters are cheaper than <paramref name="other"/> in memory or passes.</summary>
    public bool IsWeakerThan(Argon2Parameters other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return MemorySizeKiB < other.MemorySizeKiB || Iterations < other.Iterations;
    }

    /// <summary>Writes the 8-byte serialised form.</summary>
    /// <exception cref="ArgumentException">Destination is not exactly 8 bytes.</exception>
    public void WriteTo(Span<byte> destination)
    {
        Guard.Size(destination, SerializedSize, nameof(destination));
        destination[0] = Argon2idV13;
        BinaryPrimitives.WriteUInt32BigEndian(destination[1..], (uint)MemorySizeKiB);
        BinaryPrimitives.WriteUInt16BigEndian(destination[5..], (ushort)Iterations);
        destination[7] = (byte)Parallelism;
    }

    /// <summary>The 8-byte serialised form.</summary>
    public byte[] ToBytes()
    {
        var result = new byte[SerializedSize];
        WriteTo(result);
        return result;
    }

    /// <summary>Reads the serialised form; false if malformed or out of range (never throws).</summary>
    public static bool TryRead(ReadOnlySpan<byte> source, [NotNullWhen(true)] out Argon2Parameters? parameters)
    {
        parameters = null;
        if (source.Length != SerializedSize || source[0] != Argon2idV13)
        {
            return false;
        }

        var memory = BinaryPrimitives.ReadUInt32BigEndian(source[1..]);
        var iterations = BinaryPrimitives.ReadUInt16BigEndian(source[5..]);
        var parallelism = source[7];
        if (memory < MinMemorySizeKiB || memory > MaxMemorySizeKiB || iterations < 1 || iterations > MaxIterations
            || parallelism != 1)
        {
            return false;
        }

        parameters = new Argon2Parameters((int)memory, iterations, parallelism);
        return true;
    }
}
