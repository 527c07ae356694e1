using System.ComponentModel.DataAnnotations;
using Portal.Crypto;

namespace Portal.Web.Features.Keys;

/// <summary>Settings under "Portal:Keys". Argon2id parameters apply to new wraps; older wraps are upgraded at sign-in.</summary>
public sealed class KeyOptions
{
    public const string Section = "Portal:Keys";

    [Range(Argon2Parameters.MinMemorySizeKiB, Argon2Parameters.MaxMemorySizeKiB)]
    public int PasswordMemoryKiB { get; set; } = 64 * 1024;

    [Range(1, Argon2Parameters.MaxIterations)]
    public int PasswordIterations { get; set; } = 3;

    /// <summary>Argon2id runs at once (sign-ins and receipt look-ups together): each takes 64 MiB and a core for ~250 ms.</summary>
    [Range(1, 64)]
    public int MaxConcurrentDerivations { get; set; } = 2;

    public Argon2Parameters PasswordParameters => new(PasswordMemoryKiB, PasswordIterations);
}
