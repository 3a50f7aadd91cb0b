namespace SocialPrescribing.CommunityDirectory.Infrastructure;

/// <summary>Maximum lengths of text fields: one place for the column sizes and the validation messages.</summary>
public static class FieldLimits
{
    public const int Code = 50;
    public const int Short = 100;
    public const int Name = 200;
    public const int Identifier = 20;
    public const int Email = 254;
    public const int Phone = 30;
    public const int Url = 500;
    public const int Text = 1000;
    public const int Description = 4000;
    public const int ListItems = 20;
}
