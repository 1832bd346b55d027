"""A structural check of Finvoice 3.0 messages: element order, cardinality, value patterns.

The official Finvoice3.0.xsd (Finance Finland) is not vendored here and the standard
library has no XSD validator. This module transcribes from the schema the content models of
every element our credit notes use (in full, so an element out of place is caught), their
cardinalities and the simple types of their values (amount, percentage, date, quantity,
string lengths), and checks a message against them. Elements whose content we never
produce are checked for name and place only.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

# (child, min, max) in schema order; max None = unbounded.
Seq = list[tuple[str, int, int | None]]


def _seq(text: str) -> Seq:
    """Parse ``Name ?`` / ``Name +`` / ``Name *`` / ``Name [a..b]`` / ``Name`` lines."""
    out: Seq = []
    for line in text.strip().splitlines():
        parts = line.split()
        name, card = parts[0], (parts[1] if len(parts) > 1 else "")
        if card == "?":
            out.append((name, 0, 1))
        elif card == "+":
            out.append((name, 1, None))
        elif card == "*":
            out.append((name, 0, None))
        elif card.startswith("["):
            low, high = card[1:-1].split("..")
            out.append((name, int(low), int(high)))
        else:
            out.append((name, 1, 1))
    return out


CONTENT: dict[str, Seq] = {
    "Finvoice": _seq("""
        MessageTransmissionDetails ?
        SellerPartyDetails
        SellerOrganisationUnitNumber ?
        SellerSiteCode ?
        SellerContactPersonName ?
        SellerContactPersonFunction [0..2]
        SellerContactPersonDepartment [0..2]
        SellerCommunicationDetails ?
        SellerInformationDetails ?
        InvoiceSenderPartyDetails ?
        InvoiceRecipientPartyDetails ?
        InvoiceRecipientOrganisationUnitNumber ?
        InvoiceRecipientSiteCode ?
        InvoiceRecipientContactPersonName ?
        InvoiceRecipientContactPersonFunction [0..2]
        InvoiceRecipientContactPersonDepartment [0..2]
        InvoiceRecipientLanguageCode ?
        InvoiceRecipientCommunicationDetails ?
        BuyerPartyDetails
        BuyerOrganisationUnitNumber ?
        BuyerSiteCode ?
        BuyerContactPersonName ?
        BuyerContactPersonFunction [0..2]
        BuyerContactPersonDepartment [0..2]
        BuyerCommunicationDetails ?
        DeliveryPartyDetails ?
        DeliveryOrganisationUnitNumber ?
        DeliverySiteCode ?
        DeliveryContactPersonName ?
        DeliveryContactPersonFunction [0..2]
        DeliveryContactPersonDepartment [0..2]
        DeliveryCommunicationDetails ?
        DeliveryDetails ?
        AnyPartyDetails *
        InvoiceDetails
        PaymentCardInfo ?
        DirectDebitInfo ?
        PaymentStatusDetails ?
        PartialPaymentDetails *
        FactoringAgreementDetails ?
        VirtualBankBarcode ?
        InvoiceRow +
        SpecificationDetails ?
        EpiDetails
        InvoiceUrlNameText *
        InvoiceUrlText *
        StorageUrlText ?
        LayOutIdentifier ?
        InvoiceSegmentIdentifier ?
        ControlChecksum ?
        MessageChecksum ?
        ControlStampText ?
        AcceptanceStampText ?
        OriginalInvoiceFormat ?
        AttachmentMessageDetails ?
    """),
    "SellerPartyDetails": _seq("""
        SellerPartyIdentifier ?
        SellerPartyIdentifierUrlText ?
        SellerOrganisationName +
        SellerOrganisationTradingName ?
        SellerOrganisationDepartment [0..2]
        SellerOrganisationTaxCode ?
        SellerOrganisationTaxCodeUrlText ?
        SellerCode *
        SellerPostalAddressDetails ?
    """),
    "SellerPostalAddressDetails": _seq("""
        SellerStreetName [1..3]
        SellerTownName
        SellerPostCodeIdentifier
        SellerCountrySubdivision ?
        CountryCode ?
        CountryName ?
        SellerPostOfficeBoxIdentifier ?
    """),
    "SellerInformationDetails": _seq("""
        SellerOfficialPostalAddressDetails ?
        SellerHomeTownName ?
        SellerVatRegistrationText ?
        SellerVatRegistrationDate ?
        SellerTaxRegistrationText ?
        SellerAdditionalLegalInfo ?
        SellerPhoneNumber ?
        SellerFaxNumber ?
        SellerCommonEmailaddressIdentifier ?
        SellerWebaddressIdentifier ?
        SellerFreeText ?
        SellerAccountDetails *
        InvoiceRecipientDetails *
    """),
    "BuyerPartyDetails": _seq("""
        BuyerPartyIdentifier ?
        BuyerOrganisationName +
        BuyerOrganisationTradingName ?
        BuyerOrganisationDepartment [0..2]
        BuyerOrganisationTaxCode ?
        BuyerCode ?
        BuyerPostalAddressDetails ?
    """),
    "BuyerPostalAddressDetails": _seq("""
        BuyerStreetName [1..3]
        BuyerTownName
        BuyerPostCodeIdentifier
        BuyerCountrySubdivision ?
        CountryCode ?
        CountryName ?
        BuyerPostOfficeBoxIdentifier ?
    """),
    "BuyerCommunicationDetails": _seq("""
        BuyerPhoneNumberIdentifier ?
        BuyerEmailaddressIdentifier ?
    """),
    "DeliveryDetails": _seq("""
        DeliveryDate ?
        DeliveryPeriodDetails ?
        ShipmentPartyDetails ?
        DeliveryMethodText ?
        DeliveryTermsText ?
    """),
    "InvoiceDetails": _seq("""
        InvoiceTypeCode
        InvoiceTypeCodeUN ?
        InvoiceTypeText
        InvoiceClassification ?
        OriginCode
        OriginText ?
        InvoicedObjectID ?
        InvoiceNumber
        InvoiceDate
        OriginalInvoiceNumber ?
        OriginalInvoiceDate ?
        OriginalInvoiceReference *
        InvoicingPeriodStartDate ?
        InvoicingPeriodEndDate ?
        SellerReferenceIdentifier ?
        SellerReferenceIdentifierUrlText ?
        BuyersSellerIdentifier ?
        SellersBuyerIdentifier ?
        OrderIdentifier ?
        OrderIdentifierUrlText ?
        OrderDate ?
        OrdererName ?
        SalesPersonName ?
        OrderConfirmationIdentifier ?
        OrderConfirmationDate ?
        AgreementIdentifier ?
        AgreementIdentifierUrlText ?
        AgreementTypeText ?
        AgreementTypeCode ?
        AgreementDate ?
        NotificationIdentifier ?
        NotificationDate ?
        RegistrationNumberIdentifier ?
        ControllerIdentifier ?
        ControllerName ?
        ControlDate ?
        BuyerReferenceIdentifier ?
        ProjectReferenceIdentifier ?
        DefinitionDetails *
        RowsTotalVatExcludedAmount ?
        DiscountsTotalVatExcludedAmount ?
        ChargesTotalVatExcludedAmount ?
        InvoiceTotalVatExcludedAmount ?
        InvoiceTotalVatAmount ?
        InvoiceTotalVatAccountingAmount ?
        InvoiceTotalVatIncludedAmount
        InvoiceTotalRoundoffAmount ?
        InvoicePaidAmount ?
        ExchangeRate ?
        OtherCurrencyAmountVatExcludedAmount ?
        OtherCurrencyAmountVatIncludedAmount ?
        CreditLimitAmount ?
        CreditInterestPercent ?
        OperationLimitAmount ?
        MonthlyAmount ?
        ShortProposedAccountIdentifier ?
        NormalProposedAccountIdentifier ?
        ProposedAccountText ?
        AccountDimensionText ?
        SellerAccountText ?
        VatPoint ?
        VatSpecificationDetails *
        InvoiceFreeText *
        InvoiceVatFreeText ?
        PaymentTermsDetails *
        DiscountDetails *
        ChargeDetails *
        TenderReference ?
    """),
    "OriginalInvoiceReference": _seq("""
        InvoiceNumber ?
        InvoiceDate ?
    """),
    "VatSpecificationDetails": _seq("""
        VatBaseAmount ?
        VatRatePercent ?
        VatCode ?
        VatRateAmount ?
        VatFreeText [0..3]
        VatExemptionReasonCode ?
    """),
    "InvoiceRow": _seq("""
        RowSubIdentifier ?
        InvoicedObjectID ?
        ArticleIdentifier ?
        ArticleGroupIdentifier *
        ArticleName ?
        ArticleDescription ?
        ArticleInfoUrlText ?
        BuyerArticleIdentifier ?
        EanCode ?
        RowRegistrationNumberIdentifier ?
        SerialNumberIdentifier ?
        RowActionCode ?
        RowDefinitionDetails *
        OfferedQuantity *
        DeliveredQuantity *
        OrderedQuantity ?
        ConfirmedQuantity ?
        PostDeliveredQuantity ?
        InvoicedQuantity *
        CreditRequestedQuantity ?
        ReturnedQuantity ?
        StartDate ?
        EndDate ?
        UnitPriceAmount ?
        UnitPriceDiscountAmount ?
        UnitPriceNetAmount ?
        UnitPriceVatIncludedAmount ?
        UnitPriceBaseQuantity ?
        RowIdentifier ?
        RowIdentifierUrlText ?
        RowOrderPositionIdentifier ?
        RowIdentifierDate ?
        RowPositionIdentifier ?
        OriginalInvoiceNumber ?
        OriginalInvoiceDate ?
        OriginalInvoiceReference *
        RowOrdererName ?
        RowSalesPersonName ?
        RowOrderConfirmationIdentifier ?
        RowOrderConfirmationDate ?
        RowDeliveryIdentifier ?
        RowDeliveryIdentifierUrlText ?
        RowDeliveryDate ?
        RowQuotationIdentifier ?
        RowQuotationIdentifierUrlText ?
        RowAgreementIdentifier ?
        RowAgreementIdentifierUrlText ?
        RowRequestOfQuotationIdentifier ?
        RowRequestOfQuotationIdentifierUrlText ?
        RowPriceListIdentifier ?
        RowPriceListIdentifierUrlText ?
        RowBuyerReferenceIdentifier ?
        RowProjectReferenceIdentifier ?
        RowOverDuePaymentDetails ?
        RowAnyPartyDetails *
        RowDeliveryDetails ?
        RowShortProposedAccountIdentifier ?
        RowNormalProposedAccountIdentifier ?
        RowProposedAccountText ?
        RowAccountDimensionText ?
        RowSellerAccountText ?
        RowFreeText *
        RowUsedQuantity ?
        RowPreviousMeterReadingDate ?
        RowLatestMeterReadingDate ?
        RowCalculatedQuantity ?
        RowAveragePriceAmount ?
        RowDiscountPercent ?
        RowDiscountAmount ?
        RowDiscountBaseAmount ?
        RowDiscountTypeCode ?
        RowDiscountTypeText ?
        RowProgressiveDiscountDetails *
        RowChargeDetails *
        RowVatRatePercent ?
        RowVatCode ?
        RowVatAmount ?
        RowVatExcludedAmount ?
        RowAmount ?
        RowTransactionDetails ?
    """),
    "EpiDetails": _seq("""
        EpiIdentificationDetails
        EpiPartyDetails
        EpiPaymentInstructionDetails
    """),
    "EpiIdentificationDetails": _seq("""
        EpiDate
        EpiReference
        EpiUrl ?
        EpiEmail ?
        EpiOrderInfo [0..7]
    """),
    "EpiPartyDetails": _seq("""
        EpiBfiPartyDetails
        EpiBeneficiaryPartyDetails
    """),
    "EpiBfiPartyDetails": _seq("""
        EpiBfiIdentifier ?
        EpiBfiName ?
    """),
    "EpiBeneficiaryPartyDetails": _seq("""
        EpiNameAddressDetails ?
        EpiBei ?
        EpiAccountID
    """),
    "EpiPaymentInstructionDetails": _seq("""
        EpiPaymentInstructionId ?
        EpiTransactionTypeCode ?
        EpiInstructionCode ?
        EpiRemittanceInfoIdentifier ?
        EpiInstructedAmount
        EpiCharge
        EpiDateOptionDate
        EpiPaymentMeansCode ?
        EpiPaymentMeansText ?
    """),
}

AMOUNT = re.compile(r"-?[0-9]{1,15}(,[0-9]{2,5})?")
EPI_AMOUNT = re.compile(r"-?[0-9]{1,15},[0-9]{2}")
PERCENT = re.compile(r"[1-9]?[0-9]{1,2}(,[0-9]{1,3})?")
DATE = re.compile(r"[0-9]{8}")
NAME_CHARS = re.compile(r"[\w.\-:]*")

# element → (kind, min length, max length, required attributes)
SIMPLE: dict[str, tuple[str, int, int, tuple[str, ...]]] = {
    "SellerPartyIdentifier": ("string", 0, 35, ()),
    "SellerOrganisationName": ("string", 2, 70, ()),
    "SellerOrganisationTaxCode": ("string", 0, 35, ()),
    "SellerStreetName": ("string", 2, 35, ()),
    "SellerTownName": ("string", 2, 35, ()),
    "SellerPostCodeIdentifier": ("string", 2, 35, ()),
    "SellerPhoneNumber": ("string", 0, 35, ()),
    "SellerCommonEmailaddressIdentifier": ("string", 0, 70, ()),
    "CountryCode": ("string", 2, 2, ()),
    "BuyerOrganisationName": ("string", 2, 70, ()),
    "BuyerStreetName": ("string", 2, 35, ()),
    "BuyerTownName": ("string", 2, 35, ()),
    "BuyerPostCodeIdentifier": ("string", 2, 35, ()),
    "BuyerPhoneNumberIdentifier": ("string", 0, 35, ()),
    "BuyerEmailaddressIdentifier": ("string", 0, 70, ()),
    "DeliveryDate": ("date", 8, 8, ("Format",)),
    "InvoiceTypeCode": ("typecode", 5, 5, ()),
    "InvoiceTypeCodeUN": ("string", 1, 3, ()),
    "InvoiceTypeText": ("string", 1, 35, ()),
    "OriginCode": ("origin", 0, 10, ()),
    "InvoiceNumber": ("string", 1, 20, ()),
    "InvoiceDate": ("date", 8, 8, ("Format",)),
    "OriginalInvoiceNumber": ("string", 1, 20, ()),
    "OriginalInvoiceDate": ("date", 8, 8, ("Format",)),
    "SellerReferenceIdentifier": ("string", 0, 70, ()),
    "OrderIdentifier": ("string", 0, 70, ()),
    "OrderDate": ("date", 8, 8, ("Format",)),
    "RowsTotalVatExcludedAmount": ("amount", 1, 25, ("AmountCurrencyIdentifier",)),
    "InvoiceTotalVatExcludedAmount": ("amount", 1, 25, ("AmountCurrencyIdentifier",)),
    "InvoiceTotalVatAmount": ("amount", 1, 25, ("AmountCurrencyIdentifier",)),
    "InvoiceTotalVatIncludedAmount": ("amount", 1, 25, ("AmountCurrencyIdentifier",)),
    "VatBaseAmount": ("amount", 1, 25, ("AmountCurrencyIdentifier",)),
    "VatRatePercent": ("percent", 1, 8, ()),
    "VatCode": ("string", 1, 3, ()),
    "VatRateAmount": ("amount", 1, 25, ("AmountCurrencyIdentifier",)),
    "VatFreeText": ("string", 0, 70, ()),
    "VatExemptionReasonCode": ("string", 0, 35, ()),
    "InvoiceFreeText": ("string", 0, 512, ()),
    "ArticleIdentifier": ("string", 0, 70, ()),
    "ArticleName": ("string", 0, 100, ()),
    "EanCode": ("string", 0, 35, ()),
    "InvoicedQuantity": ("quantity", 1, 14, ()),
    "UnitPriceAmount": ("amount", 1, 25, ("AmountCurrencyIdentifier",)),
    "UnitPriceVatIncludedAmount": ("amount", 1, 25, ("AmountCurrencyIdentifier",)),
    "RowPositionIdentifier": ("string", 0, 35, ()),
    "RowFreeText": ("string", 0, 512, ()),
    "RowVatRatePercent": ("percent", 1, 8, ()),
    "RowVatCode": ("string", 1, 3, ()),
    "RowVatAmount": ("amount", 1, 25, ("AmountCurrencyIdentifier",)),
    "RowVatExcludedAmount": ("amount", 1, 25, ("AmountCurrencyIdentifier",)),
    "RowAmount": ("amount", 1, 25, ("AmountCurrencyIdentifier",)),
    "EpiDate": ("date", 8, 8, ("Format",)),
    "EpiReference": ("nmtoken", 0, 35, ()),
    "EpiNameAddressDetails": ("string", 2, 35, ()),
    "EpiAccountID": ("nmtoken", 1, 34, ("IdentificationSchemeName",)),
    "EpiRemittanceInfoIdentifier": ("string", 2, 35, ("IdentificationSchemeName",)),
    "EpiInstructedAmount": ("epiamount", 1, 25, ("AmountCurrencyIdentifier",)),
    "EpiCharge": ("string", 0, 35, ("ChargeOption",)),
    "EpiDateOptionDate": ("date", 8, 8, ("Format",)),
}


def problems(xml: bytes) -> list[str]:
    """Everything about ``xml`` that the Finvoice 3.0 schema would refuse (for our subset)."""
    root = ET.fromstring(xml)
    found: list[str] = []
    if root.tag != "Finvoice" or root.get("Version") != "3.0":
        found.append('root must be <Finvoice Version="3.0">')
    _check(root, "Finvoice", found)
    return found


def _check(node: ET.Element, path: str, found: list[str]) -> None:
    model = CONTENT.get(node.tag)
    if model is not None:
        _check_sequence(node, model, path, found)
        for child in node:
            _check(child, f"{path}/{child.tag}", found)
        if (node.text or "").strip():
            found.append(f"{path}: text in an element with element content")
        return
    if len(node):
        found.append(f"{path}: unexpected children")
    spec = SIMPLE.get(node.tag)
    if spec is None:
        found.append(f"{path}: no simple type known to this check")
        return
    kind, low, high, attrs = spec
    text = node.text or ""
    for attr in attrs:
        if not node.get(attr):
            found.append(f"{path}: attribute {attr} is required")
    if not low <= len(text) <= high:
        found.append(f"{path}: length {len(text)} not in {low}..{high}")
    pattern = {
        "amount": AMOUNT,
        "epiamount": EPI_AMOUNT,
        "percent": PERCENT,
        "date": DATE,
        "quantity": re.compile(r"-?[0-9]+(,[0-9]+)?"),
        "nmtoken": NAME_CHARS,
        "typecode": re.compile(
            r"(REQ|QUO|ORD|ORC|INV|DEV|TES|INF|PRI|DEN|SEI|REC|RES|SDD)[0-9]{2}"
        ),
        "origin": re.compile(r"Original|Copy|Cancel"),
    }.get(kind)
    if pattern is not None and not pattern.fullmatch(text):
        found.append(f"{path}: {text!r} is not a valid {kind}")
    if kind == "date" and node.get("Format") != "CCYYMMDD":
        found.append(f"{path}: Format must be CCYYMMDD")


def _check_sequence(node: ET.Element, model: Seq, path: str, found: list[str]) -> None:
    names = [c.tag for c in node]
    i = 0
    for slot, low, high in model:
        n = 0
        while i < len(names) and names[i] == slot:
            n += 1
            i += 1
        if n < low:
            found.append(f"{path}: needs {low} <{slot}>, has {n} (or it is out of order)")
        if high is not None and n > high:
            found.append(f"{path}: at most {high} <{slot}>, has {n}")
    if i < len(names):
        found.append(f"{path}: <{names[i]}> is unknown here or out of order")
