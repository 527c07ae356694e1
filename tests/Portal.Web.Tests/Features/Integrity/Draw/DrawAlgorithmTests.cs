using Portal.Web.Features.Integrity.Draw;

namespace Portal.Web.Tests.Features.Integrity.Draw;

/// <summary>Property-style checks of the draw over many seeds and generated lists: every rule holds, and the same input gives the same output.</summary>
public sealed class DrawAlgorithmTests
{
    public static TheoryData<int> Lists => [1, 2, 3, 4, 5, 6, 7, 8];

    private static readonly string[] Seeds = ["2027-01-15 xổ số kiến thiết 123456", "seed-A-0001", "seed-B-0002", "Ωmega seed ✓", "00000000"];

    /// <summary>A Department of 1-30 units, each with 1-60 declarants, some with heads and deputies, some without.</summary>
    private static List<Eligible> Generate(int seed)
    {
        var random = new Random(seed);
        var list = new List<Eligible>();
        for (var u = random.Next(1, 31); u > 0; u--)
        {
            var unit = Guid.NewGuid();
            var leaders = random.Next(0, 3);
            for (var p = random.Next(1, 61); p > 0; p--)
            {
                list.Add(new Eligible(unit, Guid.NewGuid(), leaders-- > 0));
            }
        }

        return list;
    }

    [Theory]
    [MemberData(nameof(Lists))]
    public void Run_SelectsAtLeast20PercentOfUnitsAnd10PercentPerUnitWithALeader_ForEverySeed(int listSeed)
    {
        var eligible = Generate(listSeed);
        var units = eligible.GroupBy(e => e.UnitId).ToDictionary(g => g.Key, g => g.ToList());
        foreach (var seed in Seeds)
        {
            var drawn = DrawAlgorithm.Run(seed, eligible);

            var drawnUnits = drawn.GroupBy(d => d.UnitId).ToList();
            Assert.Equal((int)Math.Ceiling(units.Count * 0.2), drawnUnits.Count);
            Assert.True(drawnUnits.Count * 5 >= units.Count);
            foreach (var unit in drawnUnits)
            {
                var people = units[unit.Key];
                Assert.Equal(Math.Max(1, (int)Math.Ceiling(people.Count * 0.1)), unit.Count());
                Assert.True(unit.Count() * 10 >= people.Count);
                Assert.All(unit, d => Assert.Contains(people, p => p.StaffId == d.StaffId));
                Assert.Equal(unit.Count(), unit.Select(d => d.StaffId).Distinct().Count());
                if (people.Any(p => p.IsLeader))
                {
                    Assert.Contains(unit, d => people.Single(p => p.StaffId == d.StaffId).IsLeader);
                }
            }
        }
    }

    [Theory]
    [MemberData(nameof(Lists))]
    public void Run_GivesSameSelection_WhenSameSeedAndListInAnyOrder(int listSeed)
    {
        var eligible = Generate(listSeed);
        var shuffled = eligible.OrderBy(_ => Guid.NewGuid()).ToList();
        var reparsed = DrawAlgorithm.Parse(DrawAlgorithm.Canonical(shuffled));

        var first = DrawAlgorithm.Run(Seeds[0], eligible).ToHashSet();

        Assert.True(first.SetEquals(DrawAlgorithm.Run(Seeds[0], shuffled)));
        Assert.True(first.SetEquals(DrawAlgorithm.Run(Seeds[0], reparsed)));
        Assert.Equal(DrawAlgorithm.Sha256(DrawAlgorithm.Canonical(eligible)), DrawAlgorithm.Sha256(DrawAlgorithm.Canonical(shuffled)));
    }

    [Fact]
    public void Run_DependsOnTheSeed_WhenListIsLarge()
    {
        var eligible = Generate(42);
        while (eligible.Count < 300)
        {
            eligible.AddRange(Generate(eligible.Count));
        }

        var selections = Seeds.Select(s => string.Join(",", DrawAlgorithm.Run(s, eligible).Select(d => d.StaffId).Order())).ToHashSet();

        Assert.Equal(Seeds.Length, selections.Count);
    }

    [Fact]
    public void Run_MatchesPublishedVector_SoWitnessScriptsCanCheckThemselves()
    {
        // The vector in docs/verification-draw.md, also printed by docs/draw_verify.py for the same input.
        var units = Enumerable.Range(1, 6).Select(i => new Guid($"00000000-0000-0000-0000-0000000000{i:D2}")).ToList();
        var eligible = units.SelectMany((u, i) => Enumerable.Range(1, 12).Select(p =>
            new Eligible(u, new Guid($"00000000-0000-0000-{i + 1:D4}-0000000000{p:D2}"), p == 1))).ToList();

        var drawn = DrawAlgorithm.Run("demo-seed-2027", eligible);

        Assert.Equal(2 * 2, drawn.Count);
        Assert.Equal(DrawVector.Expected, string.Join("\n", drawn.Select(d => $"{d.UnitId:D},{d.StaffId:D}")));
        Assert.Equal(DrawVector.EligibleSha256, DrawAlgorithm.Sha256(DrawAlgorithm.Canonical(eligible)));
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(1, 1)]
    [InlineData(5, 1)]
    [InlineData(10, 1)]
    [InlineData(11, 2)]
    [InlineData(100, 10)]
    [InlineData(101, 11)]
    public void CeilPercent_RoundsUpAndKeepsOne_ForTenPercent(int count, int expected)
    {
        Assert.Equal(expected, DrawAlgorithm.CeilPercent(count, 10));
    }
}
