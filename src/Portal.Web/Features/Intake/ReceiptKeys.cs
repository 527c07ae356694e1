using System.Security.Cryptography;
using Portal.Crypto;
using Portal.Web.Features.Keys;
using Portal.Web.Infrastructure;

namespace Portal.Web.Features.Intake;

/// <summary>
/// Turns a receipt into its look-up hash and the reporter's key pair (one Argon2id run). The installation
/// salt and the Argon2 parameters live in a file in the data folder's keys/, not in the database: a stolen
/// database alone does not even allow testing guesses. Both must never change, or receipts stop working.
/// </summary>
public sealed class ReceiptKeys
{
    private const byte FileVersion = 1;
    private const int SaltSize = 32;
    private static readonly TimeSpan GateWait = TimeSpan.FromSeconds(30);

    private readonly Argon2Gate gate;
    private readonly Lazy<(Argon2Parameters Parameters, byte[] Salt)> material;

    public ReceiptKeys(DataDirectory data, Microsoft.Extensions.Options.IOptions<IntakeOptions> options, Argon2Gate gate)
    {
        this.gate = gate;
        material = new(() => LoadOrCreate(Path.Combine(data.Path, "keys", "receipt.key"),
            new Argon2Parameters(options.Value.ReceiptMemoryKiB, options.Value.ReceiptIterations)),
            // A failure (a full disk) is not remembered: the next report tries again.
            LazyThreadSafetyMode.PublicationOnly);
    }

    /// <summary>Null when the server is too busy to run the derivation in time (the caller answers "busy").</summary>
    public async Task<ReceiptSecrets?> DeriveAsync(Receipt receipt, CancellationToken cancellationToken)
    {
        var (parameters, salt) = material.Value;
        var (ran, secrets) = await gate.RunAsync(() => ReceiptSecrets.Derive(receipt, salt, parameters), GateWait, cancellationToken);
        return ran ? secrets : null;
    }

    private static (Argon2Parameters, byte[]) LoadOrCreate(string file, Argon2Parameters defaults)
    {
        if (File.Exists(file))
        {
            var bytes = File.ReadAllBytes(file);
            if (bytes.Length != 1 + Argon2Parameters.SerializedSize + SaltSize || bytes[0] != FileVersion ||
                !Argon2Parameters.TryRead(bytes.AsSpan(1, Argon2Parameters.SerializedSize), out var stored))
            {
                throw new StartupException($"The receipt key file '{file}' is damaged. Restore it from the backup of this data folder.");
            }

            return (stored, bytes[(1 + Argon2Parameters.SerializedSize)..]);
        }

        var content = new byte[1 + Argon2Parameters.SerializedSize + SaltSize];
        content[0] = FileVersion;
        defaults.WriteTo(content.AsSpan(1, Argon2Parameters.SerializedSize));
        RandomNumberGenerator.Fill(content.AsSpan(1 + Argon2Parameters.SerializedSize));
        if (!KeyFiles.TryCreate(file, content))
        {
            // Another node sharing the data folder created it first: use theirs, or receipts would differ by node.
            return LoadOrCreate(file, defaults);
        }

        return (defaults, content[(1 + Argon2Parameters.SerializedSize)..]);
    }
}
