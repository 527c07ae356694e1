namespace Portal.Benchmarks;

/// <summary>Optional integer arguments, positional ("1024") or named ("mb=1024"), each within bounds.</summary>
internal static class Arguments
{
    public static IReadOnlyDictionary<string, int> Parse(string[] args, params (string Name, int Default, int Min, int Max)[] spec)
    {
        if (args.Length > spec.Length)
        {
            throw new ArgumentException($"Too many arguments: expected at most {spec.Length}.");
        }

        var values = spec.ToDictionary(s => s.Name, s => s.Default, StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < args.Length; i++)
        {
            var parts = args[i].Split('=', 2);
            var (name, text) = parts.Length == 2 ? (parts[0], parts[1]) : (spec[i].Name, parts[0]);
            var s = spec.FirstOrDefault(s => s.Name.Equals(name, StringComparison.OrdinalIgnoreCase));
            if (s.Name is null || !int.TryParse(text, out var value) || value < s.Min || value > s.Max)
            {
                throw new ArgumentException($"Bad argument '{args[i]}': expected {string.Join(", ", spec.Select(x => $"{x.Name}={x.Min}..{x.Max}"))}.");
            }

            values[s.Name] = value;
        }

        return values;
    }
}
