namespace Portal.Web.Features.Integrity.Declarations;

/// <summary>Checks a form before it is saved or submitted; the page runs the same checks while typing.</summary>
public static class DeclarationValidation
{
    /// <summary>A million billion đồng: far above any household's assets, so a larger number is a typing slip, not wealth.</summary>
    public const long MaxVnd = 1_000_000_000_000_000;

    public const int MaxText = 500;
    public const int MaxItems = 200;

    /// <summary>Resource keys of what is wrong, empty when the form can be saved.</summary>
    public static IReadOnlyList<string> Validate(DeclarationForm form)
    {
        var problems = new List<string>();
        void Add(string key)
        {
            if (!problems.Contains(key))
            {
                problems.Add(key);
            }
        }

        if (form.Items.Count > MaxItems)
        {
            Add("Declarations.Error.TooManyItems");
        }

        foreach (var item in form.Items)
        {
            if (string.IsNullOrWhiteSpace(item.Description))
            {
                Add("Declarations.Error.DescriptionRequired");
            }
            else if (item.Description.Length > MaxText)
            {
                Add("Declarations.Error.TooLong");
            }

            CheckAmount(item.ValueVnd, Add);
            if (item.Owner == AssetOwner.Spouse && string.IsNullOrWhiteSpace(form.SpouseName))
            {
                Add("Declarations.Error.SpouseMissing");
            }

            if (item.Owner == AssetOwner.MinorChild && form.MinorChildren.All(string.IsNullOrWhiteSpace))
            {
                Add("Declarations.Error.ChildMissing");
            }

            if (!Enum.IsDefined(item.Category) || !Enum.IsDefined(item.Owner))
            {
                Add("Declarations.Error.Category");
            }
        }

        CheckAmount(form.TotalIncomeVnd, Add);
        if ((form.SpouseName?.Length ?? 0) > MaxText || (form.IncreaseExplanation?.Length ?? 0) > 4 * MaxText || form.MinorChildren.Any(c => c.Length > MaxText))
        {
            Add("Declarations.Error.TooLong");
        }

        return problems;
    }

    /// <summary>
    /// Kinds of movable assets whose total stays under the threshold in force need not be declared (Art 35):
    /// a notice for the declarant, not a refusal, since declaring more is never wrong.
    /// </summary>
    public static IReadOnlyList<AssetCategory> BelowThreshold(DeclarationForm form, long movableThresholdVnd) =>
        form.Items.Where(i => i.Category is AssetCategory.PreciousMetals or AssetCategory.Money or AssetCategory.Securities or AssetCategory.MovableAsset)
            .GroupBy(i => i.Category).Where(g => g.Sum(i => i.ValueVnd) < movableThresholdVnd).Select(g => g.Key).Order().ToList();

    private static void CheckAmount(long value, Action<string> add)
    {
        if (value < 0)
        {
            add("Declarations.Error.Negative");
        }
        else if (value > MaxVnd)
        {
            add("Declarations.Error.Absurd");
        }
    }
}
