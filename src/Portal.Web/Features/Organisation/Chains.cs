namespace Portal.Web.Features.Organisation;

internal static class Chains
{
    /// <summary>
    /// Whether following <paramref name="next"/> (unit → parent, person → line manager) from
    /// <paramref name="start"/> reaches <paramref name="target"/>. Stops at a loop already in the data.
    /// </summary>
    public static bool Reaches(Guid start, Guid target, IReadOnlyDictionary<Guid, Guid?> next)
    {
        var seen = new HashSet<Guid>();
        for (Guid? current = start; current is { } c && seen.Add(c); current = next.GetValueOrDefault(c))
        {
            if (c == target)
            {
                return true;
            }
        }

        return false;
    }
}
