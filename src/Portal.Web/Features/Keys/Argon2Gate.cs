using Microsoft.Extensions.Options;

namespace Portal.Web.Features.Keys;

/// <summary>
/// Caps how many slow key derivations run at once, so a flood of sign-ins or receipt guesses queues up
/// instead of exhausting memory and cores. A caller that cannot get a slot in time gets "busy", not a crash.
/// </summary>
public sealed class Argon2Gate(IOptions<KeyOptions> options) : IDisposable
{
    private readonly SemaphoreSlim slots = new(options.Value.MaxConcurrentDerivations, options.Value.MaxConcurrentDerivations);

    public async Task<(bool Ran, T Result)> RunAsync<T>(Func<T> derivation, TimeSpan wait, CancellationToken cancellationToken)
    {
        if (!await slots.WaitAsync(wait, cancellationToken))
        {
            return (false, default!);
        }

        try
        {
            // Off the request thread: a derivation is a quarter-second of pure CPU.
            return (true, await Task.Run(derivation, cancellationToken));
        }
        finally
        {
            slots.Release();
        }
    }

    public void Dispose() => slots.Dispose();
}
