namespace Portal.Web.Features.Integrity.Declarations;

public enum AssetCategory
{
    LandUseRight = 0,
    House = 1,
    PreciousMetals = 2,
    Money = 3,
    Securities = 4,
    MovableAsset = 5,
    AssetAbroad = 6,
    AccountAbroad = 7,
}

public enum AssetOwner
{
    Declarant = 0,
    Spouse = 1,
    MinorChild = 2,
}

/// <summary>What a declarant writes (Decree 130/2020 form): the household's assets and the year's total income. Stored only encrypted.</summary>
public sealed class DeclarationForm
{
    public string? SpouseName { get; set; }
    public List<string> MinorChildren { get; set; } = [];
    public List<AssetItem> Items { get; set; } = [];
    public long TotalIncomeVnd { get; set; }
    /// <summary>Where an increase at or above the threshold came from (required then).</summary>
    public string? IncreaseExplanation { get; set; }

    public long TotalAssetsVnd => Items.Sum(i => i.ValueVnd);
}

public sealed class AssetItem
{
    public AssetCategory Category { get; set; }
    public AssetOwner Owner { get; set; }
    public string Description { get; set; } = "";
    public long ValueVnd { get; set; }
}
