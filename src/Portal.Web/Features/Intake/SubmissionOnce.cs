using System.Collections.Concurrent;

namespace Portal.Web.Features.Intake;

/// <summary>
/// A double click sends the review form twice, and the browser shows only the second answer. Each review
/// form carries a random submission id; the second post waits for the first and gets the same receipt page,
/// instead of creating a second report whose receipt nobody saw. Results stay in memory for a few minutes.
/// </summary>
public sealed class SubmissionOnce(TimeProvider clock)
{
    private static readonly TimeSpan Keep = TimeSpan.FromMinutes(5);
    private readonly ConcurrentDictionary<string, Entry> entries = new(StringComparer.Ordinal);

    public sealed record Outcome(string Receipt, string CaseCode, IReadOnlyList<FileNotice> Files);

    /// <summary>True for the first post with this id (the caller must then call <see cref="Complete"/> or <see cref="Abandon"/>).</summary>
    public bool TryStart(string id, out Task<Outcome?> earlier)
    {
        Sweep();
        var mine = new Entry(clock.GetUtcNow());
        var entry = entries.GetOrAdd(id, mine);
        earlier = entry.Result.Task;
        return ReferenceEquals(entry, mine);
    }

    public void Complete(string id, Outcome outcome)
    {
        if (entries.TryGetValue(id, out var entry))
        {
            entry.Result.TrySetResult(outcome);
        }
    }

    /// <summary>The first post failed (nothing stored): a repeat is then a fresh attempt.</summary>
    public void Abandon(string id)
    {
        if (entries.TryRemove(id, out var entry))
        {
            entry.Result.TrySetResult(null);
        }
    }

    private void Sweep()
    {
        var now = clock.GetUtcNow();
        foreach (var (id, entry) in entries)
        {
            if (now - entry.Started > Keep)
            {
                entries.TryRemove(id, out _);
            }
        }
    }

    private sealed class Entry(DateTimeOffset started)
    {
        public DateTimeOffset Started { get; } = started;
        public TaskCompletionSource<Outcome?> Result { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
