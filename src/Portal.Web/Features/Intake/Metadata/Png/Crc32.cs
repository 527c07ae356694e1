namespace Portal.Web.Features.Intake.Metadata.Png;

/// <summary>CRC-32 (ISO 3309, polynomial 0xEDB88320) as PNG uses it. System.IO.Hashing would need a new
/// package; the table version is a few lines.</summary>
internal struct Crc32
{
    private static readonly uint[] Table = BuildTable();

    private uint _state;

    public Crc32() => _state = 0xFFFFFFFFu;

    public readonly uint Value => _state ^ 0xFFFFFFFFu;

    public void Append(ReadOnlySpan<byte> data)
    {
        var state = _state;
        foreach (var b in data)
            state = Table[(state ^ b) & 0xFF] ^ (state >> 8);
        _state = state;
    }

    public static uint Compute(ReadOnlySpan<byte> data)
    {
        var crc = new Crc32();
        crc.Append(data);
        return crc.Value;
    }

    private static uint[] BuildTable()
    {
        var table = new uint[256];
        for (uint n = 0; n < 256; n++)
        {
            var c = n;
            for (var k = 0; k < 8; k++)
                c = (c & 1) != 0 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            table[n] = c;
        }

        return table;
    }
}
