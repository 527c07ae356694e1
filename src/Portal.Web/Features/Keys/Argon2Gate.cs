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
            // On a thread of its own, not the pool's: a derivation is up to a quarter-second of pure CPU, and on two
            // cores the pool starts with two threads; two derivations on pool threads stall every other request
            // (a flood's refusals, staff pages) until the pool grows, which it does only every half second or so.
            return (true, await Task.Factory.StartNew(derivation, cancellationToken, TaskCreationOptions.LongRunning, TaskScheduler.Default));
        }
        finally
        {
            slots.Release();
        }
    }

    public void Dispose() => slots.Dispose();
}
