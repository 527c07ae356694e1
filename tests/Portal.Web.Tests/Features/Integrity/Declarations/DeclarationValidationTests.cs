using Portal.Web.Features.Integrity.Declarations;

namespace Portal.Web.Tests.Features.Integrity.Declarations;

public sealed class DeclarationValidationTests
{
    private static DeclarationForm With(AssetItem item, string? spouse = null) => new() { Items = [item], SpouseName = spouse };

    [Fact]
    public void Validate_Passes_WhenFormIsSound()
    {
        var form = With(new AssetItem { Category = AssetCategory.House, Owner = AssetOwner.Spouse, Description = "Nhà ở 80 m²", ValueVnd = 2_000_000_000 }, "Trần Văn B");

        Assert.Empty(DeclarationValidation.Validate(form));
    }

    [Theory]
    [InlineData(-1, "Declarations.Error.Negative")]
    [InlineData(long.MaxValue, "Declarations.Error.Absurd")]
    public void Validate_RefusesAmount_WhenNegativeOrAbsurd(long value, string expected)
    {
        Assert.Contains(expected, DeclarationValidation.Validate(With(new AssetItem { Description = "Vàng", ValueVnd = value })));
        Assert.Contains(expected, DeclarationValidation.Validate(new DeclarationForm { TotalIncomeVnd = value }));
    }

    [Fact]
    public void Validate_Refuses_WhenSpouseOrChildAssetsWithoutThem()
    {
        Assert.Contains("Declarations.Error.SpouseMissing", DeclarationValidation.Validate(With(new AssetItem { Owner = AssetOwner.Spouse, Description = "Ô tô", ValueVnd = 1 })));
        Assert.Contains("Declarations.Error.ChildMissing", DeclarationValidation.Validate(With(new AssetItem { Owner = AssetOwner.MinorChild, Description = "Sổ tiết kiệm", ValueVnd = 1 })));
    }

    [Fact]
    public void Validate_Refuses_WhenDescriptionBlank()
    {
        Assert.Equal(["Declarations.Error.DescriptionRequired"], DeclarationValidation.Validate(With(new AssetItem { Description = "  ", ValueVnd = 10 })));
    }

    [Fact]
    public void BelowThreshold_NamesKindsUnderThreshold_ByCategoryTotal()
    {
        var form = new DeclarationForm
        {
            Items =
            [
                new AssetItem { Category = AssetCategory.Money, Description = "Tiền mặt", ValueVnd = 30_000_000 },
                new AssetItem { Category = AssetCategory.Money, Description = "Tiền gửi", ValueVnd = 30_000_000 },
                new AssetItem { Category = AssetCategory.MovableAsset, Description = "Xe máy", ValueVnd = 40_000_000 },
                new AssetItem { Category = AssetCategory.House, Description = "Nhà", ValueVnd = 1 },
            ],
        };

        Assert.Equal([AssetCategory.MovableAsset], DeclarationValidation.BelowThreshold(form, 50_000_000));
        Assert.Equal([AssetCategory.Money, AssetCategory.MovableAsset], DeclarationValidation.BelowThreshold(form, 150_000_000));
    }

    [Theory]
    [InlineData(PublicationMethod.Posting, 15, null, null, null)]
    [InlineData(PublicationMethod.Posting, 14, null, null, "Declarations.Error.PostingTooShort")]
    [InlineData(PublicationMethod.Meeting, 0, 20, 30, null)]   // exactly two thirds
    [InlineData(PublicationMethod.Meeting, 0, 19, 30, "Declarations.Error.Quorum")]
    [InlineData(PublicationMethod.Meeting, 0, 31, 30, "Declarations.Error.Quorum")]
    [InlineData(PublicationMethod.None, 0, null, null, "Declarations.Error.PublicationMethod")]
    public void PublicationProblem_EnforcesPostingDaysAndTwoThirds(PublicationMethod method, int days, int? present, int? summoned, string? expected)
    {
        var from = new DateOnly(2026, 3, 2);
        var record = new PublicationRecord(method, from, days > 0 ? from.AddDays(days - 1) : null, present, summoned);

        Assert.Equal(expected, DeclarationReview.PublicationProblem(record));
    }
}
