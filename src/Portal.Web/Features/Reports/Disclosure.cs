namespace Portal.Web.Features.Reports;

/// <summary>
/// Statistical disclosure control for tables that count people. A count of one to four people is hidden
/// (primary suppression): in a ward of twelve, "two declarations filed late" points at someone. Then, wherever a
/// total or a total row would let a reader recover a hidden count by subtraction, a second cell is hidden too
/// (complementary suppression), repeated until no group has exactly one hidden cell. A share is hidden when it
/// rests on fewer than five people, when it or its complement counts one to four people, or when any count on
/// its row is hidden (else the share and the row's total give the hidden count back).
/// Zero is shown: it describes no one. Counts of cases, tasks and loopholes are not about people and are left alone.
/// </summary>
public static class Disclosure
{
    public const int Threshold = 5;
    public const string Hidden = "<5";

    public static bool IsSmall(int count) => count is > 0 and < Threshold;

    public static ReportTable Protect(ReportTable table)
    {
        if (!table.DescribesPeople)
        {
            return table;
        }

        var cells = table.Rows.Select(r => r.Cells.ToArray()).ToArray();
        for (var r = 0; r < cells.Length; r++)
        {
            for (var c = 0; c < cells[r].Length; c++)
            {
                if (cells[r][c] is { Kind: CellKind.Count } cell && IsSmall(cell.Value))
                {
                    cells[r][c] = cell with { Suppressed = true };
                }
            }
        }

        // Each pass can hide a cell that belongs to another group (a row total is also in the total row), so repeat.
        var changed = true;
        while (changed)
        {
            changed = false;
            foreach (var group in Groups(table, cells))
            {
                changed |= Complete(cells, group);
            }
        }

        for (var r = 0; r < cells.Length; r++)
        {
            var rowHidden = cells[r].Any(c => c.Kind == CellKind.Count && c.Suppressed);
            for (var c = 0; c < cells[r].Length; c++)
            {
                if (cells[r][c] is { Kind: CellKind.Rate } rate && (rowHidden || RateDiscloses(rate)))
                {
                    cells[r][c] = rate with { Suppressed = true };
                }
            }
        }

        return table with { Rows = table.Rows.Select((row, i) => row with { Cells = cells[i] }).ToList() };
    }

    public static PeriodicReport Protect(PeriodicReport report) => report with
    {
        Sections = report.Sections.Select(s => s with { Tables = s.Tables.Select(Protect).ToList() }).ToList(),
    };

    private static bool RateDiscloses(ReportCell rate) =>
        rate.Denominator < Threshold || IsSmall(rate.Numerator) || IsSmall(rate.Denominator - rate.Numerator);

    /// <summary>Groups of positions where the first is the sum of the others: row totals and total-row columns.</summary>
    private static IEnumerable<(int Row, int Col)[]> Groups(ReportTable table, ReportCell[][] cells)
    {
        for (var r = 0; r < cells.Length; r++)
        {
            foreach (var sum in table.Sums)
            {
                yield return [(r, sum.Total), .. sum.Parts.Select(p => (r, p))];
            }
        }

        if (table.LastRowIsTotal && cells.Length > 1)
        {
            var last = cells.Length - 1;
            for (var c = 0; c < cells[last].Length; c++)
            {
                if (cells[last][c].Kind == CellKind.Count)
                {
                    yield return [(last, c), .. Enumerable.Range(0, last).Select(r => (r, c))];
                }
            }
        }
    }

    /// <summary>Hides one more cell of the group when exactly one is hidden; returns whether it did.</summary>
    private static bool Complete(ReportCell[][] cells, (int Row, int Col)[] group)
    {
        var hidden = group.Count(p => cells[p.Row][p.Col].Suppressed);
        if (hidden != 1)
        {
            return false;
        }

        // A zero part hides nothing: with it hidden, the reader still knows the other is the whole difference. Prefer
        // the smallest non-zero part, so as little as possible is lost; with none left, hide the total.
        var parts = group.Skip(1).Where(p => !cells[p.Row][p.Col].Suppressed && cells[p.Row][p.Col].Value > 0)
            .OrderBy(p => cells[p.Row][p.Col].Value).ToList();
        var total = group[0];
        (int Row, int Col) pick = parts.Count > 0 ? parts[0] : total;
        if (cells[pick.Row][pick.Col].Suppressed)
        {
            return false;
        }

        cells[pick.Row][pick.Col] = cells[pick.Row][pick.Col] with { Suppressed = true };
        return true;
    }
}
