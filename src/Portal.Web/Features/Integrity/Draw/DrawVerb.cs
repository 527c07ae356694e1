using Portal.Web.Infrastructure.Cli;

namespace Portal.Web.Features.Integrity.Draw;

/// <summary><c>draw verify &lt;year&gt;</c> re-runs a stored draw; <c>draw show &lt;year&gt;</c> prints its seed, list and selection for witnesses.</summary>
internal sealed class DrawVerb(VerificationDraws draws) : IVerb
{
    public string Name => "draw";

    public string Usage => "draw verify <year> | draw show <year>";

    public string Summary => "Re-run a year's verification draw from its published seed and list, or print them for witnesses.";

    public async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output, CancellationToken cancellationToken)
    {
        if (args is not [("verify" or "show") and var what, var yearText] || !int.TryParse(yearText, out var year))
        {
            await output.WriteLineAsync($"usage: {Usage}");
            return 2;
        }

        if (await draws.ForYearAsync(year, cancellationToken) is not { } result)
        {
            await output.WriteLineAsync($"No draw for {year}.");
            return 1;
        }

        if (what == "show")
        {
            await output.WriteLineAsync($"seed: {result.Draw.Seed}");
            await output.WriteLineAsync($"eligible-sha256: {result.Draw.EligibleSha256}");
            await output.WriteLineAsync($"excluded: {(result.Draw.ExcludedByGround.Length == 0 ? "none" : result.Draw.ExcludedByGround)}; verified in the previous {VerificationDraws.YearsProtected} years: {result.Draw.RecentlyVerified}");
            await output.WriteLineAsync("eligible:");
            await output.WriteAsync(result.Draw.EligibleList);
            await output.WriteLineAsync("selected:");
            foreach (var (pick, _, _) in result.Selected.OrderBy(s => s.Pick.UnitId).ThenBy(s => s.Pick.StaffId))
            {
                await output.WriteLineAsync($"{pick.UnitId:D},{pick.StaffId:D}");
            }

            return 0;
        }

        var ok = await draws.VerifyAsync(year, cancellationToken) == true;
        await output.WriteLineAsync(ok
            ? $"OK: the {year} draw re-runs to the same {result.Selected.Count} people from seed '{result.Draw.Seed}' and list {result.Draw.EligibleSha256}."
            : $"MISMATCH: the {year} draw does not re-run to the stored selection, or its list was altered.");
        return ok ? 0 : 1;
    }
}
