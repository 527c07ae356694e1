namespace Portal.Crypto;

/// <summary>Argument checks shared by the public API (caller mistakes throw; hostile data returns false).</summary>
internal static class Guard
{
    public static void Size(ReadOnlySpan<byte> value, int expected, string paramName)
    {
        if (value.Length != expected)
        {
            throw new ArgumentException($"Expected exactly {expected} bytes, got {value.Length}.", paramName);
        }
    }

    public static void Size(Span<byte> value, int expected, string paramName) =>
        Size((ReadOnlySpan<byte>)value, expected, paramName);

    public static void AssociatedData(ReadOnlySpan<byte> associatedData, string paramName)
    {
        if (associatedData.IsEmpty)
        {
            throw new ArgumentException(
                "Associated data must not be empty: every ciphertext is bound to its owner and field (see AssociatedData).",
                paramName);
        }
    }

    /// <summary>Returns <paramref name="prefix"/> followed by <paramref name="rest"/> in a new array.</summary>
    public static byte[] Concat(ReadOnlySpan<byte> prefix, ReadOnlySpan<byte> rest)
    {
        var result = new byte[prefix.Length + rest.Length];
        prefix.CopyTo(result);
        rest.CopyTo(result.AsSpan(prefix.Length));
        return result;
    }
}
