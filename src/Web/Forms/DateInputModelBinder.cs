using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Binders;

namespace SocialPrescribing.Web.Forms;

/// <summary>
/// Binds a <see cref="DateOnly"/> from the date input's boxes ("Input.DateOfBirth.Day", ".Month",
/// ".Year"). What was typed is kept in model state, so a form shown again with an error still holds
/// it; a date sent whole ("2026-12-06", as links and older forms do) is left to the usual binder.
/// </summary>
public sealed class DateInputModelBinder(IModelBinder whole) : IModelBinder
{
    public static readonly string[] Parts = ["Day", "Month", "Year"];

    public async Task BindModelAsync(ModelBindingContext context)
    {
        var name = context.ModelName;
        if (!Parts.Any(part => context.ValueProvider.ContainsPrefix($"{name}.{part}")))
        {
            await whole.BindModelAsync(context);
            return;
        }
        string? Typed(string part) => context.ValueProvider.GetValue($"{name}.{part}").FirstValue;
        var parts = new DateParts(Typed("Day"), Typed("Month"), Typed("Year"));
        context.ModelState.SetModelValue(name, parts, $"{parts.Day}/{parts.Month}/{parts.Year}");
        if (parts.IsEmpty)
        {
            // Left for [Required] to say "Enter …" when the date is needed.
            context.Result = ModelBindingResult.Success(null);
            return;
        }
        var (date, error) = parts.Read(context.ModelMetadata.DisplayName ?? context.ModelMetadata.Name ?? "The date");
        if (error is not null)
        {
            context.ModelState.TryAddModelError(name, error);
            context.Result = ModelBindingResult.Failed();
            return;
        }
        context.Result = ModelBindingResult.Success(date);
    }
}

/// <summary>Puts <see cref="DateInputModelBinder"/> in front of every <see cref="DateOnly"/> the web binds.</summary>
public sealed class DateInputModelBinderProvider : IModelBinderProvider
{
    public IModelBinder? GetBinder(ModelBinderProviderContext context) =>
        (Nullable.GetUnderlyingType(context.Metadata.ModelType) ?? context.Metadata.ModelType) == typeof(DateOnly)
            ? new DateInputModelBinder(new SimpleTypeModelBinder(context.Metadata.ModelType, context.Services.GetRequiredService<ILoggerFactory>()))
            : null;
}
