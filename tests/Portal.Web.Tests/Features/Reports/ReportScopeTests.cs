using Portal.Web.Features.Reports;

namespace Portal.Web.Tests.Features.Reports;

public sealed class ReportScopeTests
{
    private static readonly UnitNode Department = new(Guid.NewGuid(), null, "SYT", "Sở Y tế", null, 0);
    private static readonly UnitNode Hospital = new(Guid.NewGuid(), Department.Id, "BVDK", "Bệnh viện Đa khoa", null, 1);
    private static readonly UnitNode Ward = new(Guid.NewGuid(), Hospital.Id, "BVDK-NOI", "Khoa Nội", null, 1);
    private static readonly UnitNode Office = new(Guid.NewGuid(), Department.Id, "VP", "Văn phòng", null, 2);
    private static readonly UnitNode[] All = [Department, Hospital, Ward, Office];

    [Fact]
    public void Of_TakesTheUnitAndEverythingBelowIt_AndNothingBeside()
    {
        var scope = ReportScope.Of(Hospital, All);

        Assert.True(scope.Includes(Hospital.Id));
        Assert.True(scope.Includes(Ward.Id));
        Assert.False(scope.Includes(Office.Id));
        Assert.False(scope.Includes(Department.Id));
        Assert.Equal("-BVDK", scope.Suffix);
    }

    [Fact]
    public void Department_IncludesEveryUnit() =>
        Assert.True(ReportScope.Department.Includes(Guid.NewGuid()));

    [Fact]
    public void RowOf_RollsUpToTheUnitsUnderTheDepartment_ForTheDepartmentsReport()
    {
        var rollUp = new UnitRollUp(All, Department.Id);

        Assert.Equal([Department.Id, Hospital.Id, Office.Id], rollUp.Rows.Select(r => r.Id));
        Assert.Equal(Hospital.Id, rollUp.RowOf(Ward.Id));
        Assert.Equal(Department.Id, rollUp.RowOf(Department.Id));
    }

    [Fact]
    public void RowOf_RollsUpToTheHeadsUnitAndItsWards_AndDropsOtherUnits()
    {
        var rollUp = new UnitRollUp(All, Hospital.Id);

        Assert.Equal([Hospital.Id, Ward.Id], rollUp.Rows.Select(r => r.Id));
        Assert.Equal(Ward.Id, rollUp.RowOf(Ward.Id));
        Assert.Null(rollUp.RowOf(Office.Id));
        Assert.Null(rollUp.RowOf(Department.Id));
    }
}
