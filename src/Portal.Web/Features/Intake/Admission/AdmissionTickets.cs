using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;

namespace Portal.Web.Features.Intake.Admission;

/// <summary>The anonymous forms that an admission ticket can be printed in.</summary>
public enum AdmissionForm : byte
{
    Report = 1,
    Lookup = 2,
}

/// <summary>What a valid ticket says: which form, a one-time id, when it was served and when its wait ends, the proof's difficulty.</summary>
public readonly record struct Ticket(AdmissionForm Form, Guid Id, DateTimeOffset IssuedAt, DateTimeOffset UsableAt, int Bits);

/// <summary>
/// Prints and reads admission tickets. A ticket is protected by the portal's data-protection keys (shared by every
/// node), so checking one costs microseconds and no storage: nothing about the sender (no address, no cookie) is in it.
/// </summary>
public sealed class AdmissionTickets(IDataProtectionProvider protection, IOptions<AdmissionOptions> options, TimeProvider clock)
{
    private const byte Version = 1;
    private const int Size = 1 + 1 + 16 + 8 + 8 + 1;
    private readonly IDataProtector protector = protection.CreateProtector("Portal.Intake.Admission.Ticket.v1");

    public string Issue(AdmissionForm form)
    {
        var now = clock.GetUtcNow();
        Span<byte> payload = stackalloc byte[Size];
        payload[0] = Version;
        payload[1] = (byte)form;
        RandomNumberGenerator.Fill(payload.Slice(2, 16));
        BinaryPrimitives.WriteInt64BigEndian(payload.Slice(18), now.ToUnixTimeMilliseconds());
        BinaryPrimitives.WriteInt64BigEndian(payload.Slice(26), now.AddSeconds(options.Value.WaitSeconds).ToUnixTimeMilliseconds());
        payload[34] = (byte)options.Value.ProofBits;
        return WebEncoders.Base64UrlEncode(protector.Protect(payload.ToArray()));
    }

    /// <summary>Null for anything forged, damaged, meant for another form or too old.</summary>
    public Ticket? Read(string? text, AdmissionForm form)
    {
        if (string.IsNullOrEmpty(text) || text.Length > 512)
        {
            return null;
        }

        byte[] payload;
        try
        {
            payload = protector.Unprotect(WebEncoders.Base64UrlDecode(text));
        }
        catch (Exception e) when (e is CryptographicException or FormatException)
        {
            return null;
        }

        if (payload.Length != Size || payload[0] != Version || payload[1] != (byte)form)
        {
            return null;
        }

        var issued = DateTimeOffset.FromUnixTimeMilliseconds(BinaryPrimitives.ReadInt64BigEndian(payload.AsSpan(18)));
        var usable = DateTimeOffset.FromUnixTimeMilliseconds(BinaryPrimitives.ReadInt64BigEndian(payload.AsSpan(26)));
        return issued.AddMinutes(options.Value.TicketMinutes) < clock.GetUtcNow()
            ? null
            : new Ticket(form, new Guid(payload.AsSpan(2, 16)), issued, usable, payload[34]);
    }

    /// <summary>True when SHA-256("ticket:proof") starts with the ticket's number of zero bits (what admission.js searches for).</summary>
    public static bool IsProof(string ticket, string? proof, int bits)
    {
        if (string.IsNullOrEmpty(proof) || proof.Length > 32)
        {
            return false;
        }

        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(ticket + ":" + proof), hash);
        return LeadingZeroBits(hash) >= bits;
    }

    public static int LeadingZeroBits(ReadOnlySpan<byte> hash)
    {
        var bits = 0;
        foreach (var b in hash)
        {
            if (b != 0)
            {
                return bits + System.Numerics.BitOperations.LeadingZeroCount((uint)b) - 24;
            }

            bits += 8;
        }

        return bits;
    }
}
