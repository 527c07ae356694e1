using System.Security.Cryptography;

namespace Portal.Crypto.Tests;

internal static class TestData
{
    public static readonly Guid ReportId = Guid.Parse("6f1c2b4e-8a3d-4c5e-9f10-2a3b4c5d6e7f");
    public static readonly Guid OtherReportId = Guid.Parse("0b7e6a5d-4c3b-4a29-8817-06f5e4d3c2b1");

    public static byte[] Ad(string field = "description") => AssociatedData.For("report", ReportId, field);

    public static byte[] Random(int length) => RandomNumberGenerator.GetBytes(length);

    public static byte[] Hex(string hex) => Convert.FromHexString(hex.Replace(" ", "", StringComparison.Ordinal));

    /// <summary>Every single-bit flip (one per byte, alternating bits) of <paramref name="data"/>.</summary>
    public static IEnumerable<(int Index, byte[] Mutated)> EveryByteFlipped(byte[] data)
    {
        for (var i = 0; i < data.Length; i++)
        {
            var copy = (byte[])data.Clone();
            copy[i] ^= (byte)(1 << (i % 8));
            yield return (i, copy);
        }
    }
}
