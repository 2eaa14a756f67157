import type { FieldPolicy, FieldReadFunction, TypePolicies, TypePolicy } from '@apollo/client/cache';
export type AssistanceCaseKeySpecifier = ('appliedAt' | 'community' | 'endedAt' | 'history' | 'id' | 'paymentSchedule' | 'payments' | 'persons' | 'program' | 'recipient' | 'recipientName' | 'startedAt' | 'status' | 'tier' | 'totalPaidYuan' | 'urbanRural' | 'version' | AssistanceCaseKeySpecifier)[];
export type AssistanceCaseFieldPolicy = {
	appliedAt?: FieldPolicy<any> | FieldReadFunction<any>,
	community?: FieldPolicy<any> | FieldReadFunction<any>,
	endedAt?: FieldPolicy<any> | FieldReadFunction<any>,
	history?: FieldPolicy<any> | FieldReadFunction<any>,
	id?: FieldPolicy<any> | FieldReadFunction<any>,
	paymentSchedule?: FieldPolicy<any> | FieldReadFunction<any>,
	payments?: FieldPolicy<any> | FieldReadFunction<any>,
	persons?: FieldPolicy<any> | FieldReadFunction<any>,
	program?: FieldPolicy<any> | FieldReadFunction<any>,
	recipient?: FieldPolicy<any> | FieldReadFunction<any>,
	recipientName?: FieldPolicy<any> | FieldReadFunction<any>,
	startedAt?: FieldPolicy<any> | FieldReadFunction<any>,
	status?: FieldPolicy<any> | FieldReadFunction<any>,
	tier?: FieldPolicy<any> | FieldReadFunction<any>,
	totalPaidYuan?: FieldPolicy<any> | FieldReadFunction<any>,
	urbanRural?: FieldPolicy<any> | FieldReadFunction<any>,
	version?: FieldPolicy<any> | FieldReadFunction<any>
};
export type AssistanceCaseConnectionKeySpecifier = ('edges' | 'pageInfo' | 'totalCount' | AssistanceCaseConnectionKeySpecifier)[];
export type AssistanceCaseConnectionFieldPolicy = {
	edges?: FieldPolicy<any> | FieldReadFunction<any>,
	pageInfo?: FieldPolicy<any> | FieldReadFunction<any>,
	totalCount?: FieldPolicy<any> | FieldReadFunction<any>
};
export type AssistanceCaseEdgeKeySpecifier = ('cursor' | 'node' | AssistanceCaseEdgeKeySpecifier)[];
export type AssistanceCaseEdgeFieldPolicy = {
	cursor?: FieldPolicy<any> | FieldReadFunction<any>,
	node?: FieldPolicy<any> | FieldReadFunction<any>
};
export type AssistanceCaseHistoryConnectionKeySpecifier = ('edges' | 'pageInfo' | 'totalCount' | AssistanceCaseHistoryConnectionKeySpecifier)[];
export type AssistanceCaseHistoryConnectionFieldPolicy = {
	edges?: FieldPolicy<any> | FieldReadFunction<any>,
	pageInfo?: FieldPolicy<any> | FieldReadFunction<any>,
	totalCount?: FieldPolicy<any> | FieldReadFunction<any>
};
export type AssistanceCaseHistoryEdgeKeySpecifier = ('cursor' | 'node' | AssistanceCaseHistoryEdgeKeySpecifier)[];
export type AssistanceCaseHistoryEdgeFieldPolicy = {
	cursor?: FieldPolicy<any> | FieldReadFunction<any>,
	node?: FieldPolicy<any> | FieldReadFunction<any>
};
export type AssistanceStatisticsKeysKeySpecifier = ('community' | 'grid' | 'month' | 'program' | 'street' | 'tier' | 'urbanRural' | AssistanceStatisticsKeysKeySpecifier)[];
export type AssistanceStatisticsKeysFieldPolicy = {
	community?: FieldPolicy<any> | FieldReadFunction<any>,
	grid?: FieldPolicy<any> | FieldReadFunction<any>,
	month?: FieldPolicy<any> | FieldReadFunction<any>,
	program?: FieldPolicy<any> | FieldReadFunction<any>,
	street?: FieldPolicy<any> | FieldReadFunction<any>,
	tier?: FieldPolicy<any> | FieldReadFunction<any>,
	urbanRural?: FieldPolicy<any> | FieldReadFunction<any>
};
export type AssistanceStatisticsRowKeySpecifier = ('amountYuan' | 'households' | 'keys' | 'payments' | 'persons' | 'suppressed' | AssistanceStatisticsRowKeySpecifier)[];
export type AssistanceStatisticsRowFieldPolicy = {
	amountYuan?: FieldPolicy<any> | FieldReadFunction<any>,
	households?: FieldPolicy<any> | FieldReadFunction<any>,
	keys?: FieldPolicy<any> | FieldReadFunction<any>,
	payments?: FieldPolicy<any> | FieldReadFunction<any>,
	persons?: FieldPolicy<any> | FieldReadFunction<any>,
	suppressed?: FieldPolicy<any> | FieldReadFunction<any>
};
export type AuditRecordKeySpecifier = ('at' | 'domain' | 'field' | 'id' | 'recordId' | 'recordType' | 'requestId' | 'role' | 'sub' | AuditRecordKeySpecifier)[];
export type AuditRecordFieldPolicy = {
	at?: FieldPolicy<any> | FieldReadFunction<any>,
	domain?: FieldPolicy<any> | FieldReadFunction<any>,
	field?: FieldPolicy<any> | FieldReadFunction<any>,
	id?: FieldPolicy<any> | FieldReadFunction<any>,
	recordId?: FieldPolicy<any> | FieldReadFunction<any>,
	recordType?: FieldPolicy<any> | FieldReadFunction<any>,
	requestId?: FieldPolicy<any> | FieldReadFunction<any>,
	role?: FieldPolicy<any> | FieldReadFunction<any>,
	sub?: FieldPolicy<any> | FieldReadFunction<any>
};
export type AuditRecordConnectionKeySpecifier = ('edges' | 'pageInfo' | 'totalCount' | AuditRecordConnectionKeySpecifier)[];
export type AuditRecordConnectionFieldPolicy = {
	edges?: FieldPolicy<any> | FieldReadFunction<any>,
	pageInfo?: FieldPolicy<any> | FieldReadFunction<any>,
	totalCount?: FieldPolicy<any> | FieldReadFunction<any>
};
export type AuditRecordEdgeKeySpecifier = ('cursor' | 'node' | AuditRecordEdgeKeySpecifier)[];
export type AuditRecordEdgeFieldPolicy = {
	cursor?: FieldPolicy<any> | FieldReadFunction<any>,
	node?: FieldPolicy<any> | FieldReadFunction<any>
};
export type BenefitPaymentKeySpecifier = ('amountYuan' | 'id' | 'months' | 'paidAt' | 'period' | BenefitPaymentKeySpecifier)[];
export type BenefitPaymentFieldPolicy = {
	amountYuan?: FieldPolicy<any> | FieldReadFunction<any>,
	id?: FieldPolicy<any> | FieldReadFunction<any>,
	months?: FieldPolicy<any> | FieldReadFunction<any>,
	paidAt?: FieldPolicy<any> | FieldReadFunction<any>,
	period?: FieldPolicy<any> | FieldReadFunction<any>
};
export type BenefitPaymentConnectionKeySpecifier = ('edges' | 'pageInfo' | 'totalCount' | BenefitPaymentConnectionKeySpecifier)[];
export type BenefitPaymentConnectionFieldPolicy = {
	edges?: FieldPolicy<any> | FieldReadFunction<any>,
	pageInfo?: FieldPolicy<any> | FieldReadFunction<any>,
	totalCount?: FieldPolicy<any> | FieldReadFunction<any>
};
export type BenefitPaymentEdgeKeySpecifier = ('cursor' | 'node' | BenefitPaymentEdgeKeySpecifier)[];
export type BenefitPaymentEdgeFieldPolicy = {
	cursor?: FieldPolicy<any> | FieldReadFunction<any>,
	node?: FieldPolicy<any> | FieldReadFunction<any>
};
export type BuildingKeySpecifier = ('annualTaxYuan' | 'billionYuan' | 'billionYuanSince' | 'divisionCode' | 'id' | 'name' | BuildingKeySpecifier)[];
export type BuildingFieldPolicy = {
	annualTaxYuan?: FieldPolicy<any> | FieldReadFunction<any>,
	billionYuan?: FieldPolicy<any> | FieldReadFunction<any>,
	billionYuanSince?: FieldPolicy<any> | FieldReadFunction<any>,
	divisionCode?: FieldPolicy<any> | FieldReadFunction<any>,
	id?: FieldPolicy<any> | FieldReadFunction<any>,
	name?: FieldPolicy<any> | FieldReadFunction<any>
};
export type BuildingConnectionKeySpecifier = ('edges' | 'pageInfo' | 'totalCount' | BuildingConnectionKeySpecifier)[];
export type BuildingConnectionFieldPolicy = {
	edges?: FieldPolicy<any> | FieldReadFunction<any>,
	pageInfo?: FieldPolicy<any> | FieldReadFunction<any>,
	totalCount?: FieldPolicy<any> | FieldReadFunction<any>
};
export type BuildingEdgeKeySpecifier = ('cursor' | 'node' | BuildingEdgeKeySpecifier)[];
export type BuildingEdgeFieldPolicy = {
	cursor?: FieldPolicy<any> | FieldReadFunction<any>,
	node?: FieldPolicy<any> | FieldReadFunction<any>
};
export type CivilAffairsIndicatorsKeySpecifier = ('childAssistanceAmount' | 'dayCareCentres' | 'deFactoUnsupportedChildren' | 'dibaoAmount' | 'dibaoHouseholds' | 'dibaoPersons' | 'dibaoRuralAmount' | 'dibaoRuralHouseholds' | 'dibaoRuralPersons' | 'dibaoTiers' | 'dibaoUrbanAmount' | 'dibaoUrbanHouseholds' | 'dibaoUrbanPersons' | 'disabilityLivingSubsidyAmount' | 'disabilityLivingSubsidyPersons' | 'disabledJobPlacements' | 'elderlyCertificates' | 'extremePovertyPersons' | 'flexibleEmployment4050' | 'highAgeAllowanceAmount' | 'highAgeAllowanceRecipients' | 'housingSubsidies' | 'jobFairEnterprises' | 'jobFairHiringIntentions' | 'medicalInsuranceRegistrations' | 'newDibaoAmount' | 'newDibaoHouseholds' | 'newJobs' | 'orphans' | 'priceLimitedHousingApprovals' | 'seniorCards' | 'severeDisabilityCareSubsidyAmount' | 'severeDisabilityCareSubsidyPersons' | 'socialSecurityCards' | 'targets' | 'temporaryAssistanceAmount' | 'temporaryAssistancePersonTimes' | 'trainedPersons' | 'urbanRuralMedicalInsuranceEnrolments' | CivilAffairsIndicatorsKeySpecifier)[];
export type CivilAffairsIndicatorsFieldPolicy = {
	childAssistanceAmount?: FieldPolicy<any> | FieldReadFunction<any>,
	dayCareCentres?: FieldPolicy<any> | FieldReadFunction<any>,
	deFactoUnsupportedChildren?: FieldPolicy<any> | FieldReadFunction<any>,
	dibaoAmount?: FieldPolicy<any> | FieldReadFunction<any>,
	dibaoHouseholds?: FieldPolicy<any> | FieldReadFunction<any>,
	dibaoPersons?: FieldPolicy<any> | FieldReadFunction<any>,
	dibaoRuralAmount?: FieldPolicy<any> | FieldReadFunction<any>,
	dibaoRuralHouseholds?: FieldPolicy<any> | FieldReadFunction<any>,
	dibaoRuralPersons?: FieldPolicy<any> | FieldReadFunction<any>,
	dibaoTiers?: FieldPolicy<any> | FieldReadFunction<any>,
	dibaoUrbanAmount?: FieldPolicy<any> | FieldReadFunction<any>,
	dibaoUrbanHouseholds?: FieldPolicy<any> | FieldReadFunction<any>,
	dibaoUrbanPersons?: FieldPolicy<any> | FieldReadFunction<any>,
	disabilityLivingSubsidyAmount?: FieldPolicy<any> | FieldReadFunction<any>,
	disabilityLivingSubsidyPersons?: FieldPolicy<any> | FieldReadFunction<any>,
	disabledJobPlacements?: FieldPolicy<any> | FieldReadFunction<any>,
	elderlyCertificates?: FieldPolicy<any> | FieldReadFunction<any>,
	extremePovertyPersons?: FieldPolicy<any> | FieldReadFunction<any>,
	flexibleEmployment4050?: FieldPolicy<any> | FieldReadFunction<any>,
	highAgeAllowanceAmount?: FieldPolicy<any> | FieldReadFunction<any>,
	highAgeAllowanceRecipients?: FieldPolicy<any> | FieldReadFunction<any>,
	housingSubsidies?: FieldPolicy<any> | FieldReadFunction<any>,
	jobFairEnterprises?: FieldPolicy<any> | FieldReadFunction<any>,
	jobFairHiringIntentions?: FieldPolicy<any> | FieldReadFunction<any>,
	medicalInsuranceRegistrations?: FieldPolicy<any> | FieldReadFunction<any>,
	newDibaoAmount?: FieldPolicy<any> | FieldReadFunction<any>,
	newDibaoHouseholds?: FieldPolicy<any> | FieldReadFunction<any>,
	newJobs?: FieldPolicy<any> | FieldReadFunction<any>,
	orphans?: FieldPolicy<any> | FieldReadFunction<any>,
	priceLimitedHousingApprovals?: FieldPolicy<any> | FieldReadFunction<any>,
	seniorCards?: FieldPolicy<any> | FieldReadFunction<any>,
	severeDisabilityCareSubsidyAmount?: FieldPolicy<any> | FieldReadFunction<any>,
	severeDisabilityCareSubsidyPersons?: FieldPolicy<any> | FieldReadFunction<any>,
	socialSecurityCards?: FieldPolicy<any> | FieldReadFunction<any>,
	targets?: FieldPolicy<any> | FieldReadFunction<any>,
	temporaryAssistanceAmount?: FieldPolicy<any> | FieldReadFunction<any>,
	temporaryAssistancePersonTimes?: FieldPolicy<any> | FieldReadFunction<any>,
	trainedPersons?: FieldPolicy<any> | FieldReadFunction<any>,
	urbanRuralMedicalInsuranceEnrolments?: FieldPolicy<any> | FieldReadFunction<any>
};
export type CivilAffairsStatisticsKeySpecifier = ('assistance' | 'division' | 'services' | CivilAffairsStatisticsKeySpecifier)[];
export type CivilAffairsStatisticsFieldPolicy = {
	assistance?: FieldPolicy<any> | FieldReadFunction<any>,
	division?: FieldPolicy<any> | FieldReadFunction<any>,
	services?: FieldPolicy<any> | FieldReadFunction<any>
};
export type CivilAffairsTargetKeySpecifier = ('comparison' | 'indicator' | 'source' | 'unit' | 'value' | 'year' | CivilAffairsTargetKeySpecifier)[];
export type CivilAffairsTargetFieldPolicy = {
	comparison?: FieldPolicy<any> | FieldReadFunction<any>,
	indicator?: FieldPolicy<any> | FieldReadFunction<any>,
	source?: FieldPolicy<any> | FieldReadFunction<any>,
	unit?: FieldPolicy<any> | FieldReadFunction<any>,
	value?: FieldPolicy<any> | FieldReadFunction<any>,
	year?: FieldPolicy<any> | FieldReadFunction<any>
};
export type CommunityKeySpecifier = ('assistanceCases' | 'civilAffairsIndicators' | 'code' | 'economyIndicators' | 'enterprises' | 'facilities' | 'grids' | 'incidents' | 'kind' | 'level' | 'name' | 'notices' | 'parentCode' | 'partyBuildingIndicators' | 'partyOrganizations' | 'projects' | 'rectificationProjects' | 'residents' | 'safetyDesignations' | 'street' | 'urbanManagementIndicators' | CommunityKeySpecifier)[];
export type CommunityFieldPolicy = {
	assistanceCases?: FieldPolicy<any> | FieldReadFunction<any>,
	civilAffairsIndicators?: FieldPolicy<any> | FieldReadFunction<any>,
	code?: FieldPolicy<any> | FieldReadFunction<any>,
	economyIndicators?: FieldPolicy<any> | FieldReadFunction<any>,
	enterprises?: FieldPolicy<any> | FieldReadFunction<any>,
	facilities?: FieldPolicy<any> | FieldReadFunction<any>,
	grids?: FieldPolicy<any> | FieldReadFunction<any>,
	incidents?: FieldPolicy<any> | FieldReadFunction<any>,
	kind?: FieldPolicy<any> | FieldReadFunction<any>,
	level?: FieldPolicy<any> | FieldReadFunction<any>,
	name?: FieldPolicy<any> | FieldReadFunction<any>,
	notices?: FieldPolicy<any> | FieldReadFunction<any>,
	parentCode?: FieldPolicy<any> | FieldReadFunction<any>,
	partyBuildingIndicators?: FieldPolicy<any> | FieldReadFunction<any>,
	partyOrganizations?: FieldPolicy<any> | FieldReadFunction<any>,
	projects?: FieldPolicy<any> | FieldReadFunction<any>,
	rectificationProjects?: FieldPolicy<any> | FieldReadFunction<any>,
	residents?: FieldPolicy<any> | FieldReadFunction<any>,
	safetyDesignations?: FieldPolicy<any> | FieldReadFunction<any>,
	street?: FieldPolicy<any> | FieldReadFunction<any>,
	urbanManagementIndicators?: FieldPolicy<any> | FieldReadFunction<any>
};
export type CommunityConnectionKeySpecifier = ('edges' | 'pageInfo' | 'totalCount' | CommunityConnectionKeySpecifier)[];
export type CommunityConnectionFieldPolicy = {
	edges?: FieldPolicy<any> | FieldReadFunction<any>,
	pageInfo?: FieldPolicy<any> | FieldReadFunction<any>,
	totalCount?: FieldPolicy<any> | FieldReadFunction<any>
};
export type CommunityEdgeKeySpecifier = ('cursor' | 'node' | CommunityEdgeKeySpecifier)[];
export type CommunityEdgeFieldPolicy = {
	cursor?: FieldPolicy<any> | FieldReadFunction<any>,
	node?: FieldPolicy<any> | FieldReadFunction<any>
};
export type DibaoTierCountKeySpecifier = ('households' | 'persons' | 'tier' | 'urbanRural' | DibaoTierCountKeySpecifier)[];
export type DibaoTierCountFieldPolicy = {
	households?: FieldPolicy<any> | FieldReadFunction<any>,
	persons?: FieldPolicy<any> | FieldReadFunction<any>,
	tier?: FieldPolicy<any> | FieldReadFunction<any>,
	urbanRural?: FieldPolicy<any> | FieldReadFunction<any>
};
export type DistrictKeySpecifier = ('civilAffairsIndicators' | 'code' | 'economyIndicators' | 'enterprises' | 'facilities' | 'incidents' | 'investmentTrips' | 'kind' | 'level' | 'name' | 'parentCode' | 'partyBuildingIndicators' | 'partyOrganizations' | 'projects' | 'rectificationProjects' | 'residents' | 'streets' | 'urbanManagementIndicators' | DistrictKeySpecifier)[];
export type DistrictFieldPolicy = {
	civilAffairsIndicators?: FieldPolicy<any> | FieldReadFunction<any>,
	code?: FieldPolicy<any> | FieldReadFunction<any>,
	economyIndicators?: FieldPolicy<any> | FieldReadFunction<any>,
	enterprises?: FieldPolicy<any> | FieldReadFunction<any>,
	facilities?: FieldPolicy<any> | FieldReadFunction<any>,
	incidents?: FieldPolicy<any> | FieldReadFunction<any>,
	investmentTrips?: FieldPolicy<any> | FieldReadFunction<any>,
	kind?: FieldPolicy<any> | FieldReadFunction<any>,
	level?: FieldPolicy<any> | FieldReadFunction<any>,
	name?: FieldPolicy<any> | FieldReadFunction<any>,
	parentCode?: FieldPolicy<any> | FieldReadFunction<any>,
	partyBuildingIndicators?: FieldPolicy<any> | FieldReadFunction<any>,
	partyOrganizations?: FieldPolicy<any> | FieldReadFunction<any>,
	projects?: FieldPolicy<any> | FieldReadFunction<any>,
	rectificationProjects?: FieldPolicy<any> | FieldReadFunction<any>,
	residents?: FieldPolicy<any> | FieldReadFunction<any>,
	streets?: FieldPolicy<any> | FieldReadFunction<any>,
	urbanManagementIndicators?: FieldPolicy<any> | FieldReadFunction<any>
};
export type DivisionKeySpecifier = ('code' | 'kind' | 'level' | 'name' | 'parentCode' | DivisionKeySpecifier)[];
export type DivisionFieldPolicy = {
	code?: FieldPolicy<any> | FieldReadFunction<any>,
	kind?: FieldPolicy<any> | FieldReadFunction<any>,
	level?: FieldPolicy<any> | FieldReadFunction<any>,
	name?: FieldPolicy<any> | FieldReadFunction<any>,
	parentCode?: FieldPolicy<any> | FieldReadFunction<any>
};
export type DivisionConnectionKeySpecifier = ('edges' | 'pageInfo' | 'totalCount' | DivisionConnectionKeySpecifier)[];
export type DivisionConnectionFieldPolicy = {
	edges?: FieldPolicy<any> | FieldReadFunction<any>,
	pageInfo?: FieldPolicy<any> | FieldReadFunction<any>,
	totalCount?: FieldPolicy<any> | FieldReadFunction<any>
};
export type DivisionEdgeKeySpecifier = ('cursor' | 'node' | DivisionEdgeKeySpecifier)[];
export type DivisionEdgeFieldPolicy = {
	cursor?: FieldPolicy<any> | FieldReadFunction<any>,
	node?: FieldPolicy<any> | FieldReadFunction<any>
};
export type EconomyIndicatorsKeySpecifier = ('billionYuanBuildings' | 'departmentAndStreetTrips' | 'enterprises' | 'investmentTrips' | 'leaderLedTrips' | 'littleGiantEnterprises' | 'newBillionYuanBuildings' | 'projectsNegotiated' | 'serviceGroups' | 'serviceIndustryKeyProjects' | 'serviceVisits' | 'signedInvestment' | 'signedInvestmentOver100Million' | 'signedProjects' | 'signedProjectsOver100Million' | 'targets' | 'taxCooperatingEnterprises' | 'taxRevenue' | 'techInnovationProjects' | 'techSmeEnterprises' | 'topLeaderTrips' | 'trainedEnterprises' | 'urbanConstructionKeyProjects' | EconomyIndicatorsKeySpecifier)[];
export type EconomyIndicatorsFieldPolicy = {
	billionYuanBuildings?: FieldPolicy<any> | FieldReadFunction<any>,
	departmentAndStreetTrips?: FieldPolicy<any> | FieldReadFunction<any>,
	enterprises?: FieldPolicy<any> | FieldReadFunction<any>,
	investmentTrips?: FieldPolicy<any> | FieldReadFunction<any>,
	leaderLedTrips?: FieldPolicy<any> | FieldReadFunction<any>,
	littleGiantEnterprises?: FieldPolicy<any> | FieldReadFunction<any>,
	newBillionYuanBuildings?: FieldPolicy<any> | FieldReadFunction<any>,
	projectsNegotiated?: FieldPolicy<any> | FieldReadFunction<any>,
	serviceGroups?: FieldPolicy<any> | FieldReadFunction<any>,
	serviceIndustryKeyProjects?: FieldPolicy<any> | FieldReadFunction<any>,
	serviceVisits?: FieldPolicy<any> | FieldReadFunction<any>,
	signedInvestment?: FieldPolicy<any> | FieldReadFunction<any>,
	signedInvestmentOver100Million?: FieldPolicy<any> | FieldReadFunction<any>,
	signedProjects?: FieldPolicy<any> | FieldReadFunction<any>,
	signedProjectsOver100Million?: FieldPolicy<any> | FieldReadFunction<any>,
	targets?: FieldPolicy<any> | FieldReadFunction<any>,
	taxCooperatingEnterprises?: FieldPolicy<any> | FieldReadFunction<any>,
	taxRevenue?: FieldPolicy<any> | FieldReadFunction<any>,
	techInnovationProjects?: FieldPolicy<any> | FieldReadFunction<any>,
	techSmeEnterprises?: FieldPolicy<any> | FieldReadFunction<any>,
	topLeaderTrips?: FieldPolicy<any> | FieldReadFunction<any>,
	trainedEnterprises?: FieldPolicy<any> | FieldReadFunction<any>,
	urbanConstructionKeyProjects?: FieldPolicy<any> | FieldReadFunction<any>
};
export type EconomyStatisticsKeySpecifier = ('division' | 'projects' | 'trips' | EconomyStatisticsKeySpecifier)[];
export type EconomyStatisticsFieldPolicy = {
	division?: FieldPolicy<any> | FieldReadFunction<any>,
	projects?: FieldPolicy<any> | FieldReadFunction<any>,
	trips?: FieldPolicy<any> | FieldReadFunction<any>
};
export type EconomyTargetKeySpecifier = ('description' | 'key' | 'source' | 'unit' | 'value' | 'year' | EconomyTargetKeySpecifier)[];
export type EconomyTargetFieldPolicy = {
	description?: FieldPolicy<any> | FieldReadFunction<any>,
	key?: FieldPolicy<any> | FieldReadFunction<any>,
	source?: FieldPolicy<any> | FieldReadFunction<any>,
	unit?: FieldPolicy<any> | FieldReadFunction<any>,
	value?: FieldPolicy<any> | FieldReadFunction<any>,
	year?: FieldPolicy<any> | FieldReadFunction<any>
};
export type EnterpriseKeySpecifier = ('address' | 'building' | 'community' | 'creditCode' | 'district' | 'divisionCode' | 'establishedAt' | 'id' | 'incidents' | 'industry' | 'jobFairHires' | 'legalRepresentativePhone' | 'littleGiant' | 'name' | 'nonPublic' | 'partyOrganization' | 'projects' | 'serviceVisits' | 'street' | 'taxCooperating' | 'taxRecords' | 'taxTotal' | 'techSme' | EnterpriseKeySpecifier)[];
export type EnterpriseFieldPolicy = {
	address?: FieldPolicy<any> | FieldReadFunction<any>,
	building?: FieldPolicy<any> | FieldReadFunction<any>,
	community?: FieldPolicy<any> | FieldReadFunction<any>,
	creditCode?: FieldPolicy<any> | FieldReadFunction<any>,
	district?: FieldPolicy<any> | FieldReadFunction<any>,
	divisionCode?: FieldPolicy<any> | FieldReadFunction<any>,
	establishedAt?: FieldPolicy<any> | FieldReadFunction<any>,
	id?: FieldPolicy<any> | FieldReadFunction<any>,
	incidents?: FieldPolicy<any> | FieldReadFunction<any>,
	industry?: FieldPolicy<any> | FieldReadFunction<any>,
	jobFairHires?: FieldPolicy<any> | FieldReadFunction<any>,
	legalRepresentativePhone?: FieldPolicy<any> | FieldReadFunction<any>,
	littleGiant?: FieldPolicy<any> | FieldReadFunction<any>,
	name?: FieldPolicy<any> | FieldReadFunction<any>,
	nonPublic?: FieldPolicy<any> | FieldReadFunction<any>,
	partyOrganization?: FieldPolicy<any> | FieldReadFunction<any>,
	projects?: FieldPolicy<any> | FieldReadFunction<any>,
	serviceVisits?: FieldPolicy<any> | FieldReadFunction<any>,
	street?: FieldPolicy<any> | FieldReadFunction<any>,
	taxCooperating?: FieldPolicy<any> | FieldReadFunction<any>,
	taxRecords?: FieldPolicy<any> | FieldReadFunction<any>,
	taxTotal?: FieldPolicy<any> | FieldReadFunction<any>,
	techSme?: FieldPolicy<any> | FieldReadFunction<any>
};
export type EnterpriseConnectionKeySpecifier = ('edges' | 'pageInfo' | 'totalCount' | EnterpriseConnectionKeySpecifier)[];
export type EnterpriseConnectionFieldPolicy = {
	edges?: FieldPolicy<any> | FieldReadFunction<any>,
	pageInfo?: FieldPolicy<any> | FieldReadFunction<any>,
	totalCount?: FieldPolicy<any> | FieldReadFunction<any>
};
export type EnterpriseEdgeKeySpecifier = ('cursor' | 'node' | EnterpriseEdgeKeySpecifier)[];
export type EnterpriseEdgeFieldPolicy = {
	cursor?: FieldPolicy<any> | FieldReadFunction<any>,
	node?: FieldPolicy<any> | FieldReadFunction<any>
};
export type FacilityKeySpecifier = ('areaSquareMeters' | 'community' | 'divisionCode' | 'id' | 'installedAt' | 'name' | 'standardized' | 'status' | 'street' | 'type' | FacilityKeySpecifier)[];
export type FacilityFieldPolicy = {
	areaSquareMeters?: FieldPolicy<any> | FieldReadFunction<any>,
	community?: FieldPolicy<any> | FieldReadFunction<any>,
	divisionCode?: FieldPolicy<any> | FieldReadFunction<any>,
	id?: FieldPolicy<any> | FieldReadFunction<any>,
	installedAt?: FieldPolicy<any> | FieldReadFunction<any>,
	name?: FieldPolicy<any> | FieldReadFunction<any>,
	standardized?: FieldPolicy<any> | FieldReadFunction<any>,
	status?: FieldPolicy<any> | FieldReadFunction<any>,
	street?: FieldPolicy<any> | FieldReadFunction<any>,
	type?: FieldPolicy<any> | FieldReadFunction<any>
};
export type FacilityConnectionKeySpecifier = ('edges' | 'pageInfo' | 'totalCount' | FacilityConnectionKeySpecifier)[];
export type FacilityConnectionFieldPolicy = {
	edges?: FieldPolicy<any> | FieldReadFunction<any>,
	pageInfo?: FieldPolicy<any> | FieldReadFunction<any>,
	totalCount?: FieldPolicy<any> | FieldReadFunction<any>
};
export type FacilityEdgeKeySpecifier = ('cursor' | 'node' | FacilityEdgeKeySpecifier)[];
export type FacilityEdgeFieldPolicy = {
	cursor?: FieldPolicy<any> | FieldReadFunction<any>,
	node?: FieldPolicy<any> | FieldReadFunction<any>
};
export type FacilityStatisticsKeysKeySpecifier = ('community' | 'grid' | 'status' | 'street' | 'type' | FacilityStatisticsKeysKeySpecifier)[];
export type FacilityStatisticsKeysFieldPolicy = {
	community?: FieldPolicy<any> | FieldReadFunction<any>,
	grid?: FieldPolicy<any> | FieldReadFunction<any>,
	status?: FieldPolicy<any> | FieldReadFunction<any>,
	street?: FieldPolicy<any> | FieldReadFunction<any>,
	type?: FieldPolicy<any> | FieldReadFunction<any>
};
export type FacilityStatisticsRowKeySpecifier = ('areaSquareMeters' | 'facilities' | 'keys' | FacilityStatisticsRowKeySpecifier)[];
export type FacilityStatisticsRowFieldPolicy = {
	areaSquareMeters?: FieldPolicy<any> | FieldReadFunction<any>,
	facilities?: FieldPolicy<any> | FieldReadFunction<any>,
	keys?: FieldPolicy<any> | FieldReadFunction<any>
};
export type FacilityTypeCountKeySpecifier = ('areaSquareMeters' | 'communities' | 'facilities' | 'type' | FacilityTypeCountKeySpecifier)[];
export type FacilityTypeCountFieldPolicy = {
	areaSquareMeters?: FieldPolicy<any> | FieldReadFunction<any>,
	communities?: FieldPolicy<any> | FieldReadFunction<any>,
	facilities?: FieldPolicy<any> | FieldReadFunction<any>,
	type?: FieldPolicy<any> | FieldReadFunction<any>
};
export type GridKeySpecifier = ('code' | 'community' | 'incidents' | 'kind' | 'level' | 'name' | 'parentCode' | 'residents' | GridKeySpecifier)[];
export type GridFieldPolicy = {
	code?: FieldPolicy<any> | FieldReadFunction<any>,
	community?: FieldPolicy<any> | FieldReadFunction<any>,
	incidents?: FieldPolicy<any> | FieldReadFunction<any>,
	kind?: FieldPolicy<any> | FieldReadFunction<any>,
	level?: FieldPolicy<any> | FieldReadFunction<any>,
	name?: FieldPolicy<any> | FieldReadFunction<any>,
	parentCode?: FieldPolicy<any> | FieldReadFunction<any>,
	residents?: FieldPolicy<any> | FieldReadFunction<any>
};
export type GridConnectionKeySpecifier = ('edges' | 'pageInfo' | 'totalCount' | GridConnectionKeySpecifier)[];
export type GridConnectionFieldPolicy = {
	edges?: FieldPolicy<any> | FieldReadFunction<any>,
	pageInfo?: FieldPolicy<any> | FieldReadFunction<any>,
	totalCount?: FieldPolicy<any> | FieldReadFunction<any>
};
export type GridEdgeKeySpecifier = ('cursor' | 'node' | GridEdgeKeySpecifier)[];
export type GridEdgeFieldPolicy = {
	cursor?: FieldPolicy<any> | FieldReadFunction<any>,
	node?: FieldPolicy<any> | FieldReadFunction<any>
};
export type HistoryEntryKeySpecifier = ('action' | 'actor' | 'at' | 'changedFields' | 'fromState' | 'note' | 'role' | 'toState' | 'version' | HistoryEntryKeySpecifier)[];
export type HistoryEntryFieldPolicy = {
	action?: FieldPolicy<any> | FieldReadFunction<any>,
	actor?: FieldPolicy<any> | FieldReadFunction<any>,
	at?: FieldPolicy<any> | FieldReadFunction<any>,
	changedFields?: FieldPolicy<any> | FieldReadFunction<any>,
	fromState?: FieldPolicy<any> | FieldReadFunction<any>,
	note?: FieldPolicy<any> | FieldReadFunction<any>,
	role?: FieldPolicy<any> | FieldReadFunction<any>,
	toState?: FieldPolicy<any> | FieldReadFunction<any>,
	version?: FieldPolicy<any> | FieldReadFunction<any>
};
export type IncidentKeySpecifier = ('acceptedAt' | 'address' | 'assignedAt' | 'category' | 'closedAt' | 'community' | 'deadline' | 'department' | 'description' | 'divisionCode' | 'enterprise' | 'grid' | 'handlingHours' | 'history' | 'id' | 'open' | 'overdue' | 'reportedAt' | 'reporterName' | 'reporterPhone' | 'resolution' | 'resolvedAt' | 'source' | 'status' | 'street' | 'title' | 'version' | IncidentKeySpecifier)[];
export type IncidentFieldPolicy = {
	acceptedAt?: FieldPolicy<any> | FieldReadFunction<any>,
	address?: FieldPolicy<any> | FieldReadFunction<any>,
	assignedAt?: FieldPolicy<any> | FieldReadFunction<any>,
	category?: FieldPolicy<any> | FieldReadFunction<any>,
	closedAt?: FieldPolicy<any> | FieldReadFunction<any>,
	community?: FieldPolicy<any> | FieldReadFunction<any>,
	deadline?: FieldPolicy<any> | FieldReadFunction<any>,
	department?: FieldPolicy<any> | FieldReadFunction<any>,
	description?: FieldPolicy<any> | FieldReadFunction<any>,
	divisionCode?: FieldPolicy<any> | FieldReadFunction<any>,
	enterprise?: FieldPolicy<any> | FieldReadFunction<any>,
	grid?: FieldPolicy<any> | FieldReadFunction<any>,
	handlingHours?: FieldPolicy<any> | FieldReadFunction<any>,
	history?: FieldPolicy<any> | FieldReadFunction<any>,
	id?: FieldPolicy<any> | FieldReadFunction<any>,
	open?: FieldPolicy<any> | FieldReadFunction<any>,
	overdue?: FieldPolicy<any> | FieldReadFunction<any>,
	reportedAt?: FieldPolicy<any> | FieldReadFunction<any>,
	reporterName?: FieldPolicy<any> | FieldReadFunction<any>,
	reporterPhone?: FieldPolicy<any> | FieldReadFunction<any>,
	resolution?: FieldPolicy<any> | FieldReadFunction<any>,
	resolvedAt?: FieldPolicy<any> | FieldReadFunction<any>,
	source?: FieldPolicy<any> | FieldReadFunction<any>,
	status?: FieldPolicy<any> | FieldReadFunction<any>,
	street?: FieldPolicy<any> | FieldReadFunction<any>,
	title?: FieldPolicy<any> | FieldReadFunction<any>,
	version?: FieldPolicy<any> | FieldReadFunction<any>
};
export type IncidentCategoryCountKeySpecifier = ('category' | 'incidents' | IncidentCategoryCountKeySpecifier)[];
export type IncidentCategoryCountFieldPolicy = {
	category?: FieldPolicy<any> | FieldReadFunction<any>,
	incidents?: FieldPolicy<any> | FieldReadFunction<any>
};
export type IncidentConnectionKeySpecifier = ('edges' | 'pageInfo' | 'totalCount' | IncidentConnectionKeySpecifier)[];
export type IncidentConnectionFieldPolicy = {
	edges?: FieldPolicy<any> | FieldReadFunction<any>,
	pageInfo?: FieldPolicy<any> | FieldReadFunction<any>,
	totalCount?: FieldPolicy<any> | FieldReadFunction<any>
};
export type IncidentEdgeKeySpecifier = ('cursor' | 'node' | IncidentEdgeKeySpecifier)[];
export type IncidentEdgeFieldPolicy = {
	cursor?: FieldPolicy<any> | FieldReadFunction<any>,
	node?: FieldPolicy<any> | FieldReadFunction<any>
};
export type IncidentHistoryConnectionKeySpecifier = ('edges' | 'pageInfo' | 'totalCount' | IncidentHistoryConnectionKeySpecifier)[];
export type IncidentHistoryConnectionFieldPolicy = {
	edges?: FieldPolicy<any> | FieldReadFunction<any>,
	pageInfo?: FieldPolicy<any> | FieldReadFunction<any>,
	totalCount?: FieldPolicy<any> | FieldReadFunction<any>
};
export type IncidentHistoryEdgeKeySpecifier = ('cursor' | 'node' | IncidentHistoryEdgeKeySpecifier)[];
export type IncidentHistoryEdgeFieldPolicy = {
	cursor?: FieldPolicy<any> | FieldReadFunction<any>,
	node?: FieldPolicy<any> | FieldReadFunction<any>
};
export type IncidentMonthCountKeySpecifier = ('incidents' | 'month' | IncidentMonthCountKeySpecifier)[];
export type IncidentMonthCountFieldPolicy = {
	incidents?: FieldPolicy<any> | FieldReadFunction<any>,
	month?: FieldPolicy<any> | FieldReadFunction<any>
};
export type IncidentSourceCountKeySpecifier = ('incidents' | 'source' | IncidentSourceCountKeySpecifier)[];
export type IncidentSourceCountFieldPolicy = {
	incidents?: FieldPolicy<any> | FieldReadFunction<any>,
	source?: FieldPolicy<any> | FieldReadFunction<any>
};
export type IncidentStatisticsKeysKeySpecifier = ('category' | 'community' | 'grid' | 'month' | 'source' | 'status' | 'street' | IncidentStatisticsKeysKeySpecifier)[];
export type IncidentStatisticsKeysFieldPolicy = {
	category?: FieldPolicy<any> | FieldReadFunction<any>,
	community?: FieldPolicy<any> | FieldReadFunction<any>,
	grid?: FieldPolicy<any> | FieldReadFunction<any>,
	month?: FieldPolicy<any> | FieldReadFunction<any>,
	source?: FieldPolicy<any> | FieldReadFunction<any>,
	status?: FieldPolicy<any> | FieldReadFunction<any>,
	street?: FieldPolicy<any> | FieldReadFunction<any>
};
export type IncidentStatisticsRowKeySpecifier = ('averageHandlingHours' | 'incidents' | 'keys' | 'open' | 'overdue' | 'overdueRate' | IncidentStatisticsRowKeySpecifier)[];
export type IncidentStatisticsRowFieldPolicy = {
	averageHandlingHours?: FieldPolicy<any> | FieldReadFunction<any>,
	incidents?: FieldPolicy<any> | FieldReadFunction<any>,
	keys?: FieldPolicy<any> | FieldReadFunction<any>,
	open?: FieldPolicy<any> | FieldReadFunction<any>,
	overdue?: FieldPolicy<any> | FieldReadFunction<any>,
	overdueRate?: FieldPolicy<any> | FieldReadFunction<any>
};
export type IncidentStatusCountKeySpecifier = ('incidents' | 'status' | IncidentStatusCountKeySpecifier)[];
export type IncidentStatusCountFieldPolicy = {
	incidents?: FieldPolicy<any> | FieldReadFunction<any>,
	status?: FieldPolicy<any> | FieldReadFunction<any>
};
export type InspectionCampaignKeySpecifier = ('divisionCode' | 'endDate' | 'householdsChecked' | 'id' | 'inspectionTeams' | 'marketsInspected' | 'name' | 'shopsAndEnterprisesChecked' | 'staffDeployed' | 'startDate' | 'street' | 'topic' | 'villages' | 'villagesCovered' | InspectionCampaignKeySpecifier)[];
export type InspectionCampaignFieldPolicy = {
	divisionCode?: FieldPolicy<any> | FieldReadFunction<any>,
	endDate?: FieldPolicy<any> | FieldReadFunction<any>,
	householdsChecked?: FieldPolicy<any> | FieldReadFunction<any>,
	id?: FieldPolicy<any> | FieldReadFunction<any>,
	inspectionTeams?: FieldPolicy<any> | FieldReadFunction<any>,
	marketsInspected?: FieldPolicy<any> | FieldReadFunction<any>,
	name?: FieldPolicy<any> | FieldReadFunction<any>,
	shopsAndEnterprisesChecked?: FieldPolicy<any> | FieldReadFunction<any>,
	staffDeployed?: FieldPolicy<any> | FieldReadFunction<any>,
	startDate?: FieldPolicy<any> | FieldReadFunction<any>,
	street?: FieldPolicy<any> | FieldReadFunction<any>,
	topic?: FieldPolicy<any> | FieldReadFunction<any>,
	villages?: FieldPolicy<any> | FieldReadFunction<any>,
	villagesCovered?: FieldPolicy<any> | FieldReadFunction<any>
};
export type InspectionCampaignConnectionKeySpecifier = ('edges' | 'pageInfo' | 'totalCount' | InspectionCampaignConnectionKeySpecifier)[];
export type InspectionCampaignConnectionFieldPolicy = {
	edges?: FieldPolicy<any> | FieldReadFunction<any>,
	pageInfo?: FieldPolicy<any> | FieldReadFunction<any>,
	totalCount?: FieldPolicy<any> | FieldReadFunction<any>
};
export type InspectionCampaignEdgeKeySpecifier = ('cursor' | 'node' | InspectionCampaignEdgeKeySpecifier)[];
export type InspectionCampaignEdgeFieldPolicy = {
	cursor?: FieldPolicy<any> | FieldReadFunction<any>,
	node?: FieldPolicy<any> | FieldReadFunction<any>
};
export type InvestmentProjectKeySpecifier = ('amountYuan' | 'community' | 'completedAt' | 'district' | 'divisionCode' | 'enterprise' | 'history' | 'id' | 'industry' | 'investorName' | 'keyProject' | 'keyProjectCategory' | 'keyProjectYear' | 'name' | 'signedAt' | 'stage' | 'startedAt' | 'street' | 'version' | InvestmentProjectKeySpecifier)[];
export type InvestmentProjectFieldPolicy = {
	amountYuan?: FieldPolicy<any> | FieldReadFunction<any>,
	community?: FieldPolicy<any> | FieldReadFunction<any>,
	completedAt?: FieldPolicy<any> | FieldReadFunction<any>,
	district?: FieldPolicy<any> | FieldReadFunction<any>,
	divisionCode?: FieldPolicy<any> | FieldReadFunction<any>,
	enterprise?: FieldPolicy<any> | FieldReadFunction<any>,
	history?: FieldPolicy<any> | FieldReadFunction<any>,
	id?: FieldPolicy<any> | FieldReadFunction<any>,
	industry?: FieldPolicy<any> | FieldReadFunction<any>,
	investorName?: FieldPolicy<any> | FieldReadFunction<any>,
	keyProject?: FieldPolicy<any> | FieldReadFunction<any>,
	keyProjectCategory?: FieldPolicy<any> | FieldReadFunction<any>,
	keyProjectYear?: FieldPolicy<any> | FieldReadFunction<any>,
	name?: FieldPolicy<any> | FieldReadFunction<any>,
	signedAt?: FieldPolicy<any> | FieldReadFunction<any>,
	stage?: FieldPolicy<any> | FieldReadFunction<any>,
	startedAt?: FieldPolicy<any> | FieldReadFunction<any>,
	street?: FieldPolicy<any> | FieldReadFunction<any>,
	version?: FieldPolicy<any> | FieldReadFunction<any>
};
export type InvestmentProjectConnectionKeySpecifier = ('edges' | 'pageInfo' | 'totalCount' | InvestmentProjectConnectionKeySpecifier)[];
export type InvestmentProjectConnectionFieldPolicy = {
	edges?: FieldPolicy<any> | FieldReadFunction<any>,
	pageInfo?: FieldPolicy<any> | FieldReadFunction<any>,
	totalCount?: FieldPolicy<any> | FieldReadFunction<any>
};
export type InvestmentProjectEdgeKeySpecifier = ('cursor' | 'node' | InvestmentProjectEdgeKeySpecifier)[];
export type InvestmentProjectEdgeFieldPolicy = {
	cursor?: FieldPolicy<any> | FieldReadFunction<any>,
	node?: FieldPolicy<any> | FieldReadFunction<any>
};
export type InvestmentProjectHistoryConnectionKeySpecifier = ('edges' | 'pageInfo' | 'totalCount' | InvestmentProjectHistoryConnectionKeySpecifier)[];
export type InvestmentProjectHistoryConnectionFieldPolicy = {
	edges?: FieldPolicy<any> | FieldReadFunction<any>,
	pageInfo?: FieldPolicy<any> | FieldReadFunction<any>,
	totalCount?: FieldPolicy<any> | FieldReadFunction<any>
};
export type InvestmentProjectHistoryEdgeKeySpecifier = ('cursor' | 'node' | InvestmentProjectHistoryEdgeKeySpecifier)[];
export type InvestmentProjectHistoryEdgeFieldPolicy = {
	cursor?: FieldPolicy<any> | FieldReadFunction<any>,
	node?: FieldPolicy<any> | FieldReadFunction<any>
};
export type InvestmentTripKeySpecifier = ('destination' | 'district' | 'divisionCode' | 'endedAt' | 'id' | 'leader' | 'leaderLevel' | 'projectsNegotiated' | 'startedAt' | 'street' | 'visitedOrganizations' | InvestmentTripKeySpecifier)[];
export type InvestmentTripFieldPolicy = {
	destination?: FieldPolicy<any> | FieldReadFunction<any>,
	district?: FieldPolicy<any> | FieldReadFunction<any>,
	divisionCode?: FieldPolicy<any> | FieldReadFunction<any>,
	endedAt?: FieldPolicy<any> | FieldReadFunction<any>,
	id?: FieldPolicy<any> | FieldReadFunction<any>,
	leader?: FieldPolicy<any> | FieldReadFunction<any>,
	leaderLevel?: FieldPolicy<any> | FieldReadFunction<any>,
	projectsNegotiated?: FieldPolicy<any> | FieldReadFunction<any>,
	startedAt?: FieldPolicy<any> | FieldReadFunction<any>,
	street?: FieldPolicy<any> | FieldReadFunction<any>,
	visitedOrganizations?: FieldPolicy<any> | FieldReadFunction<any>
};
export type InvestmentTripConnectionKeySpecifier = ('edges' | 'pageInfo' | 'totalCount' | InvestmentTripConnectionKeySpecifier)[];
export type InvestmentTripConnectionFieldPolicy = {
	edges?: FieldPolicy<any> | FieldReadFunction<any>,
	pageInfo?: FieldPolicy<any> | FieldReadFunction<any>,
	totalCount?: FieldPolicy<any> | FieldReadFunction<any>
};
export type InvestmentTripEdgeKeySpecifier = ('cursor' | 'node' | InvestmentTripEdgeKeySpecifier)[];
export type InvestmentTripEdgeFieldPolicy = {
	cursor?: FieldPolicy<any> | FieldReadFunction<any>,
	node?: FieldPolicy<any> | FieldReadFunction<any>
};
export type MeasureKeySpecifier = ('suppressed' | 'target' | 'unit' | 'value' | MeasureKeySpecifier)[];
export type MeasureFieldPolicy = {
	suppressed?: FieldPolicy<any> | FieldReadFunction<any>,
	target?: FieldPolicy<any> | FieldReadFunction<any>,
	unit?: FieldPolicy<any> | FieldReadFunction<any>,
	value?: FieldPolicy<any> | FieldReadFunction<any>
};
export type MutationKeySpecifier = ('abandonInvestmentProject' | 'acceptIncident' | 'acceptPetition' | 'applyForAssistance' | 'approveAssistance' | 'assignIncident' | 'assignPetition' | 'changeAssistanceTier' | 'closeIncident' | 'closePetition' | 'communityReviewAssistance' | 'completeInvestmentProject' | 'createInvestmentProject' | 'draftNotice' | 'escalatePetition' | 'extendPetitionDeadline' | 'intakePetition' | 'negotiateInvestmentProject' | 'publishNotice' | 'recordAttendance' | 'recordBenefitPayment' | 'recordNoticeRead' | 'recordPartyActivity' | 'rejectAssistance' | 'reopenIncident' | 'reopenPetition' | 'replyPetition' | 'reportEnterpriseProblem' | 'reportIncident' | 'resolveEnterpriseProblem' | 'resolveIncident' | 'resumeAssistance' | 'signInvestmentProject' | 'startInvestmentProject' | 'startWorkingOnProblem' | 'suspendAssistance' | 'terminateAssistance' | 'transferPartyMember' | 'withdrawNotice' | MutationKeySpecifier)[];
export type MutationFieldPolicy = {
	abandonInvestmentProject?: FieldPolicy<any> | FieldReadFunction<any>,
	acceptIncident?: FieldPolicy<any> | FieldReadFunction<any>,
	acceptPetition?: FieldPolicy<any> | FieldReadFunction<any>,
	applyForAssistance?: FieldPolicy<any> | FieldReadFunction<any>,
	approveAssistance?: FieldPolicy<any> | FieldReadFunction<any>,
	assignIncident?: FieldPolicy<any> | FieldReadFunction<any>,
	assignPetition?: FieldPolicy<any> | FieldReadFunction<any>,
	changeAssistanceTier?: FieldPolicy<any> | FieldReadFunction<any>,
	closeIncident?: FieldPolicy<any> | FieldReadFunction<any>,
	closePetition?: FieldPolicy<any> | FieldReadFunction<any>,
	communityReviewAssistance?: FieldPolicy<any> | FieldReadFunction<any>,
	completeInvestmentProject?: FieldPolicy<any> | FieldReadFunction<any>,
	createInvestmentProject?: FieldPolicy<any> | FieldReadFunction<any>,
	draftNotice?: FieldPolicy<any> | FieldReadFunction<any>,
	escalatePetition?: FieldPolicy<any> | FieldReadFunction<any>,
	extendPetitionDeadline?: FieldPolicy<any> | FieldReadFunction<any>,
	intakePetition?: FieldPolicy<any> | FieldReadFunction<any>,
	negotiateInvestmentProject?: FieldPolicy<any> | FieldReadFunction<any>,
	publishNotice?: FieldPolicy<any> | FieldReadFunction<any>,
	recordAttendance?: FieldPolicy<any> | FieldReadFunction<any>,
	recordBenefitPayment?: FieldPolicy<any> | FieldReadFunction<any>,
	recordNoticeRead?: FieldPolicy<any> | FieldReadFunction<any>,
	recordPartyActivity?: FieldPolicy<any> | FieldReadFunction<any>,
	rejectAssistance?: FieldPolicy<any> | FieldReadFunction<any>,
	reopenIncident?: FieldPolicy<any> | FieldReadFunction<any>,
	reopenPetition?: FieldPolicy<any> | FieldReadFunction<any>,
	replyPetition?: FieldPolicy<any> | FieldReadFunction<any>,
	reportEnterpriseProblem?: FieldPolicy<any> | FieldReadFunction<any>,
	reportIncident?: FieldPolicy<any> | FieldReadFunction<any>,
	resolveEnterpriseProblem?: FieldPolicy<any> | FieldReadFunction<any>,
	resolveIncident?: FieldPolicy<any> | FieldReadFunction<any>,
	resumeAssistance?: FieldPolicy<any> | FieldReadFunction<any>,
	signInvestmentProject?: FieldPolicy<any> | FieldReadFunction<any>,
	startInvestmentProject?: FieldPolicy<any> | FieldReadFunction<any>,
	startWorkingOnProblem?: FieldPolicy<any> | FieldReadFunction<any>,
	suspendAssistance?: FieldPolicy<any> | FieldReadFunction<any>,
	terminateAssistance?: FieldPolicy<any> | FieldReadFunction<any>,
	transferPartyMember?: FieldPolicy<any> | FieldReadFunction<any>,
	withdrawNotice?: FieldPolicy<any> | FieldReadFunction<any>
};
export type NoticeKeySpecifier = ('body' | 'category' | 'divisionCode' | 'draftedAt' | 'history' | 'id' | 'publishedAt' | 'publisher' | 'readCount' | 'readCounts' | 'status' | 'targetCodes' | 'title' | 'version' | 'withdrawnAt' | NoticeKeySpecifier)[];
export type NoticeFieldPolicy = {
	body?: FieldPolicy<any> | FieldReadFunction<any>,
	category?: FieldPolicy<any> | FieldReadFunction<any>,
	divisionCode?: FieldPolicy<any> | FieldReadFunction<any>,
	draftedAt?: FieldPolicy<any> | FieldReadFunction<any>,
	history?: FieldPolicy<any> | FieldReadFunction<any>,
	id?: FieldPolicy<any> | FieldReadFunction<any>,
	publishedAt?: FieldPolicy<any> | FieldReadFunction<any>,
	publisher?: FieldPolicy<any> | FieldReadFunction<any>,
	readCount?: FieldPolicy<any> | FieldReadFunction<any>,
	readCounts?: FieldPolicy<any> | FieldReadFunction<any>,
	status?: FieldPolicy<any> | FieldReadFunction<any>,
	targetCodes?: FieldPolicy<any> | FieldReadFunction<any>,
	title?: FieldPolicy<any> | FieldReadFunction<any>,
	version?: FieldPolicy<any> | FieldReadFunction<any>,
	withdrawnAt?: FieldPolicy<any> | FieldReadFunction<any>
};
export type NoticeConnectionKeySpecifier = ('edges' | 'pageInfo' | 'totalCount' | NoticeConnectionKeySpecifier)[];
export type NoticeConnectionFieldPolicy = {
	edges?: FieldPolicy<any> | FieldReadFunction<any>,
	pageInfo?: FieldPolicy<any> | FieldReadFunction<any>,
	totalCount?: FieldPolicy<any> | FieldReadFunction<any>
};
export type NoticeEdgeKeySpecifier = ('cursor' | 'node' | NoticeEdgeKeySpecifier)[];
export type NoticeEdgeFieldPolicy = {
	cursor?: FieldPolicy<any> | FieldReadFunction<any>,
	node?: FieldPolicy<any> | FieldReadFunction<any>
};
export type NoticeHistoryConnectionKeySpecifier = ('edges' | 'pageInfo' | 'totalCount' | NoticeHistoryConnectionKeySpecifier)[];
export type NoticeHistoryConnectionFieldPolicy = {
	edges?: FieldPolicy<any> | FieldReadFunction<any>,
	pageInfo?: FieldPolicy<any> | FieldReadFunction<any>,
	totalCount?: FieldPolicy<any> | FieldReadFunction<any>
};
export type NoticeHistoryEdgeKeySpecifier = ('cursor' | 'node' | NoticeHistoryEdgeKeySpecifier)[];
export type NoticeHistoryEdgeFieldPolicy = {
	cursor?: FieldPolicy<any> | FieldReadFunction<any>,
	node?: FieldPolicy<any> | FieldReadFunction<any>
};
export type NoticeReadCountKeySpecifier = ('communityCode' | 'count' | NoticeReadCountKeySpecifier)[];
export type NoticeReadCountFieldPolicy = {
	communityCode?: FieldPolicy<any> | FieldReadFunction<any>,
	count?: FieldPolicy<any> | FieldReadFunction<any>
};
export type PageInfoKeySpecifier = ('endCursor' | 'hasNextPage' | 'hasPreviousPage' | 'startCursor' | PageInfoKeySpecifier)[];
export type PageInfoFieldPolicy = {
	endCursor?: FieldPolicy<any> | FieldReadFunction<any>,
	hasNextPage?: FieldPolicy<any> | FieldReadFunction<any>,
	hasPreviousPage?: FieldPolicy<any> | FieldReadFunction<any>,
	startCursor?: FieldPolicy<any> | FieldReadFunction<any>
};
export type PartyActivityKeySpecifier = ('attendeeCount' | 'attendees' | 'attendingOrganizationCount' | 'community' | 'divisionCode' | 'endsAt' | 'history' | 'id' | 'kind' | 'organization' | 'outputs' | 'participantCount' | 'source' | 'startsAt' | 'title' | 'version' | 'volunteerHours' | PartyActivityKeySpecifier)[];
export type PartyActivityFieldPolicy = {
	attendeeCount?: FieldPolicy<any> | FieldReadFunction<any>,
	attendees?: FieldPolicy<any> | FieldReadFunction<any>,
	attendingOrganizationCount?: FieldPolicy<any> | FieldReadFunction<any>,
	community?: FieldPolicy<any> | FieldReadFunction<any>,
	divisionCode?: FieldPolicy<any> | FieldReadFunction<any>,
	endsAt?: FieldPolicy<any> | FieldReadFunction<any>,
	history?: FieldPolicy<any> | FieldReadFunction<any>,
	id?: FieldPolicy<any> | FieldReadFunction<any>,
	kind?: FieldPolicy<any> | FieldReadFunction<any>,
	organization?: FieldPolicy<any> | FieldReadFunction<any>,
	outputs?: FieldPolicy<any> | FieldReadFunction<any>,
	participantCount?: FieldPolicy<any> | FieldReadFunction<any>,
	source?: FieldPolicy<any> | FieldReadFunction<any>,
	startsAt?: FieldPolicy<any> | FieldReadFunction<any>,
	title?: FieldPolicy<any> | FieldReadFunction<any>,
	version?: FieldPolicy<any> | FieldReadFunction<any>,
	volunteerHours?: FieldPolicy<any> | FieldReadFunction<any>
};
export type PartyActivityConnectionKeySpecifier = ('edges' | 'pageInfo' | 'totalCount' | PartyActivityConnectionKeySpecifier)[];
export type PartyActivityConnectionFieldPolicy = {
	edges?: FieldPolicy<any> | FieldReadFunction<any>,
	pageInfo?: FieldPolicy<any> | FieldReadFunction<any>,
	totalCount?: FieldPolicy<any> | FieldReadFunction<any>
};
export type PartyActivityEdgeKeySpecifier = ('cursor' | 'node' | PartyActivityEdgeKeySpecifier)[];
export type PartyActivityEdgeFieldPolicy = {
	cursor?: FieldPolicy<any> | FieldReadFunction<any>,
	node?: FieldPolicy<any> | FieldReadFunction<any>
};
export type PartyActivityHistoryConnectionKeySpecifier = ('edges' | 'pageInfo' | 'totalCount' | PartyActivityHistoryConnectionKeySpecifier)[];
export type PartyActivityHistoryConnectionFieldPolicy = {
	edges?: FieldPolicy<any> | FieldReadFunction<any>,
	pageInfo?: FieldPolicy<any> | FieldReadFunction<any>,
	totalCount?: FieldPolicy<any> | FieldReadFunction<any>
};
export type PartyActivityHistoryEdgeKeySpecifier = ('cursor' | 'node' | PartyActivityHistoryEdgeKeySpecifier)[];
export type PartyActivityHistoryEdgeFieldPolicy = {
	cursor?: FieldPolicy<any> | FieldReadFunction<any>,
	node?: FieldPolicy<any> | FieldReadFunction<any>
};
export type PartyActivityOutputKeySpecifier = ('key' | 'label' | 'unit' | 'value' | PartyActivityOutputKeySpecifier)[];
export type PartyActivityOutputFieldPolicy = {
	key?: FieldPolicy<any> | FieldReadFunction<any>,
	label?: FieldPolicy<any> | FieldReadFunction<any>,
	unit?: FieldPolicy<any> | FieldReadFunction<any>,
	value?: FieldPolicy<any> | FieldReadFunction<any>
};
export type PartyBuildingCountKeySpecifier = ('count' | 'key' | PartyBuildingCountKeySpecifier)[];
export type PartyBuildingCountFieldPolicy = {
	count?: FieldPolicy<any> | FieldReadFunction<any>,
	key?: FieldPolicy<any> | FieldReadFunction<any>
};
export type PartyBuildingIndicatorsKeySpecifier = ('activities' | 'memberAttendances' | 'members' | 'newMembers' | 'organizations' | 'organizationsByLevel' | 'organizationsBySector' | 'participants' | 'volunteerActivities' | 'volunteerHours' | PartyBuildingIndicatorsKeySpecifier)[];
export type PartyBuildingIndicatorsFieldPolicy = {
	activities?: FieldPolicy<any> | FieldReadFunction<any>,
	memberAttendances?: FieldPolicy<any> | FieldReadFunction<any>,
	members?: FieldPolicy<any> | FieldReadFunction<any>,
	newMembers?: FieldPolicy<any> | FieldReadFunction<any>,
	organizations?: FieldPolicy<any> | FieldReadFunction<any>,
	organizationsByLevel?: FieldPolicy<any> | FieldReadFunction<any>,
	organizationsBySector?: FieldPolicy<any> | FieldReadFunction<any>,
	participants?: FieldPolicy<any> | FieldReadFunction<any>,
	volunteerActivities?: FieldPolicy<any> | FieldReadFunction<any>,
	volunteerHours?: FieldPolicy<any> | FieldReadFunction<any>
};
export type PartyBuildingStatisticsKeySpecifier = ('division' | 'members' | 'organizations' | PartyBuildingStatisticsKeySpecifier)[];
export type PartyBuildingStatisticsFieldPolicy = {
	division?: FieldPolicy<any> | FieldReadFunction<any>,
	members?: FieldPolicy<any> | FieldReadFunction<any>,
	organizations?: FieldPolicy<any> | FieldReadFunction<any>
};
export type PartyEvaluationKeySpecifier = ('grade' | 'id' | 'kind' | 'organization' | 'score' | 'year' | PartyEvaluationKeySpecifier)[];
export type PartyEvaluationFieldPolicy = {
	grade?: FieldPolicy<any> | FieldReadFunction<any>,
	id?: FieldPolicy<any> | FieldReadFunction<any>,
	kind?: FieldPolicy<any> | FieldReadFunction<any>,
	organization?: FieldPolicy<any> | FieldReadFunction<any>,
	score?: FieldPolicy<any> | FieldReadFunction<any>,
	year?: FieldPolicy<any> | FieldReadFunction<any>
};
export type PartyEvaluationConnectionKeySpecifier = ('edges' | 'pageInfo' | 'totalCount' | PartyEvaluationConnectionKeySpecifier)[];
export type PartyEvaluationConnectionFieldPolicy = {
	edges?: FieldPolicy<any> | FieldReadFunction<any>,
	pageInfo?: FieldPolicy<any> | FieldReadFunction<any>,
	totalCount?: FieldPolicy<any> | FieldReadFunction<any>
};
export type PartyEvaluationEdgeKeySpecifier = ('cursor' | 'node' | PartyEvaluationEdgeKeySpecifier)[];
export type PartyEvaluationEdgeFieldPolicy = {
	cursor?: FieldPolicy<any> | FieldReadFunction<any>,
	node?: FieldPolicy<any> | FieldReadFunction<any>
};
export type PartyMemberKeySpecifier = ('activities' | 'birthDate' | 'community' | 'history' | 'id' | 'joinedOn' | 'name' | 'organization' | 'phone' | 'position' | 'resident' | 'sex' | 'status' | 'version' | 'volunteerHours' | PartyMemberKeySpecifier)[];
export type PartyMemberFieldPolicy = {
	activities?: FieldPolicy<any> | FieldReadFunction<any>,
	birthDate?: FieldPolicy<any> | FieldReadFunction<any>,
	community?: FieldPolicy<any> | FieldReadFunction<any>,
	history?: FieldPolicy<any> | FieldReadFunction<any>,
	id?: FieldPolicy<any> | FieldReadFunction<any>,
	joinedOn?: FieldPolicy<any> | FieldReadFunction<any>,
	name?: FieldPolicy<any> | FieldReadFunction<any>,
	organization?: FieldPolicy<any> | FieldReadFunction<any>,
	phone?: FieldPolicy<any> | FieldReadFunction<any>,
	position?: FieldPolicy<any> | FieldReadFunction<any>,
	resident?: FieldPolicy<any> | FieldReadFunction<any>,
	sex?: FieldPolicy<any> | FieldReadFunction<any>,
	status?: FieldPolicy<any> | FieldReadFunction<any>,
	version?: FieldPolicy<any> | FieldReadFunction<any>,
	volunteerHours?: FieldPolicy<any> | FieldReadFunction<any>
};
export type PartyMemberConnectionKeySpecifier = ('edges' | 'pageInfo' | 'totalCount' | PartyMemberConnectionKeySpecifier)[];
export type PartyMemberConnectionFieldPolicy = {
	edges?: FieldPolicy<any> | FieldReadFunction<any>,
	pageInfo?: FieldPolicy<any> | FieldReadFunction<any>,
	totalCount?: FieldPolicy<any> | FieldReadFunction<any>
};
export type PartyMemberEdgeKeySpecifier = ('cursor' | 'node' | PartyMemberEdgeKeySpecifier)[];
export type PartyMemberEdgeFieldPolicy = {
	cursor?: FieldPolicy<any> | FieldReadFunction<any>,
	node?: FieldPolicy<any> | FieldReadFunction<any>
};
export type PartyMemberHistoryConnectionKeySpecifier = ('edges' | 'pageInfo' | 'totalCount' | PartyMemberHistoryConnectionKeySpecifier)[];
export type PartyMemberHistoryConnectionFieldPolicy = {
	edges?: FieldPolicy<any> | FieldReadFunction<any>,
	pageInfo?: FieldPolicy<any> | FieldReadFunction<any>,
	totalCount?: FieldPolicy<any> | FieldReadFunction<any>
};
export type PartyMemberHistoryEdgeKeySpecifier = ('cursor' | 'node' | PartyMemberHistoryEdgeKeySpecifier)[];
export type PartyMemberHistoryEdgeFieldPolicy = {
	cursor?: FieldPolicy<any> | FieldReadFunction<any>,
	node?: FieldPolicy<any> | FieldReadFunction<any>
};
export type PartyMemberStatisticsKeysKeySpecifier = ('ageBand' | 'community' | 'grid' | 'joinYear' | 'sex' | 'status' | 'street' | PartyMemberStatisticsKeysKeySpecifier)[];
export type PartyMemberStatisticsKeysFieldPolicy = {
	ageBand?: FieldPolicy<any> | FieldReadFunction<any>,
	community?: FieldPolicy<any> | FieldReadFunction<any>,
	grid?: FieldPolicy<any> | FieldReadFunction<any>,
	joinYear?: FieldPolicy<any> | FieldReadFunction<any>,
	sex?: FieldPolicy<any> | FieldReadFunction<any>,
	status?: FieldPolicy<any> | FieldReadFunction<any>,
	street?: FieldPolicy<any> | FieldReadFunction<any>
};
export type PartyMemberStatisticsRowKeySpecifier = ('keys' | 'members' | 'suppressed' | PartyMemberStatisticsRowKeySpecifier)[];
export type PartyMemberStatisticsRowFieldPolicy = {
	keys?: FieldPolicy<any> | FieldReadFunction<any>,
	members?: FieldPolicy<any> | FieldReadFunction<any>,
	suppressed?: FieldPolicy<any> | FieldReadFunction<any>
};
export type PartyOrganizationKeySpecifier = ('activities' | 'children' | 'community' | 'district' | 'divisionCode' | 'enterprise' | 'evaluations' | 'foundedOn' | 'id' | 'level' | 'memberCount' | 'members' | 'name' | 'parent' | 'secretaryName' | 'sector' | 'street' | PartyOrganizationKeySpecifier)[];
export type PartyOrganizationFieldPolicy = {
	activities?: FieldPolicy<any> | FieldReadFunction<any>,
	children?: FieldPolicy<any> | FieldReadFunction<any>,
	community?: FieldPolicy<any> | FieldReadFunction<any>,
	district?: FieldPolicy<any> | FieldReadFunction<any>,
	divisionCode?: FieldPolicy<any> | FieldReadFunction<any>,
	enterprise?: FieldPolicy<any> | FieldReadFunction<any>,
	evaluations?: FieldPolicy<any> | FieldReadFunction<any>,
	foundedOn?: FieldPolicy<any> | FieldReadFunction<any>,
	id?: FieldPolicy<any> | FieldReadFunction<any>,
	level?: FieldPolicy<any> | FieldReadFunction<any>,
	memberCount?: FieldPolicy<any> | FieldReadFunction<any>,
	members?: FieldPolicy<any> | FieldReadFunction<any>,
	name?: FieldPolicy<any> | FieldReadFunction<any>,
	parent?: FieldPolicy<any> | FieldReadFunction<any>,
	secretaryName?: FieldPolicy<any> | FieldReadFunction<any>,
	sector?: FieldPolicy<any> | FieldReadFunction<any>,
	street?: FieldPolicy<any> | FieldReadFunction<any>
};
export type PartyOrganizationConnectionKeySpecifier = ('edges' | 'pageInfo' | 'totalCount' | PartyOrganizationConnectionKeySpecifier)[];
export type PartyOrganizationConnectionFieldPolicy = {
	edges?: FieldPolicy<any> | FieldReadFunction<any>,
	pageInfo?: FieldPolicy<any> | FieldReadFunction<any>,
	totalCount?: FieldPolicy<any> | FieldReadFunction<any>
};
export type PartyOrganizationEdgeKeySpecifier = ('cursor' | 'node' | PartyOrganizationEdgeKeySpecifier)[];
export type PartyOrganizationEdgeFieldPolicy = {
	cursor?: FieldPolicy<any> | FieldReadFunction<any>,
	node?: FieldPolicy<any> | FieldReadFunction<any>
};
export type PartyOrganizationStatisticsKeysKeySpecifier = ('community' | 'grid' | 'level' | 'sector' | 'street' | PartyOrganizationStatisticsKeysKeySpecifier)[];
export type PartyOrganizationStatisticsKeysFieldPolicy = {
	community?: FieldPolicy<any> | FieldReadFunction<any>,
	grid?: FieldPolicy<any> | FieldReadFunction<any>,
	level?: FieldPolicy<any> | FieldReadFunction<any>,
	sector?: FieldPolicy<any> | FieldReadFunction<any>,
	street?: FieldPolicy<any> | FieldReadFunction<any>
};
export type PartyOrganizationStatisticsRowKeySpecifier = ('keys' | 'organizations' | PartyOrganizationStatisticsRowKeySpecifier)[];
export type PartyOrganizationStatisticsRowFieldPolicy = {
	keys?: FieldPolicy<any> | FieldReadFunction<any>,
	organizations?: FieldPolicy<any> | FieldReadFunction<any>
};
export type PetitionKeySpecifier = ('acceptanceDeadline' | 'acceptedAt' | 'assignedAt' | 'assistanceCase' | 'category' | 'channel' | 'closedAt' | 'community' | 'content' | 'deadlineExtended' | 'department' | 'divisionCode' | 'enterprise' | 'handlingDeadline' | 'history' | 'id' | 'incident' | 'longStandingStatus' | 'matterKey' | 'matterPetitionCount' | 'overdue' | 'petitioner' | 'petitionerName' | 'petitionerPhone' | 'receivedAt' | 'repeat' | 'repliedAt' | 'reply' | 'satisfaction' | 'status' | 'street' | 'title' | 'version' | PetitionKeySpecifier)[];
export type PetitionFieldPolicy = {
	acceptanceDeadline?: FieldPolicy<any> | FieldReadFunction<any>,
	acceptedAt?: FieldPolicy<any> | FieldReadFunction<any>,
	assignedAt?: FieldPolicy<any> | FieldReadFunction<any>,
	assistanceCase?: FieldPolicy<any> | FieldReadFunction<any>,
	category?: FieldPolicy<any> | FieldReadFunction<any>,
	channel?: FieldPolicy<any> | FieldReadFunction<any>,
	closedAt?: FieldPolicy<any> | FieldReadFunction<any>,
	community?: FieldPolicy<any> | FieldReadFunction<any>,
	content?: FieldPolicy<any> | FieldReadFunction<any>,
	deadlineExtended?: FieldPolicy<any> | FieldReadFunction<any>,
	department?: FieldPolicy<any> | FieldReadFunction<any>,
	divisionCode?: FieldPolicy<any> | FieldReadFunction<any>,
	enterprise?: FieldPolicy<any> | FieldReadFunction<any>,
	handlingDeadline?: FieldPolicy<any> | FieldReadFunction<any>,
	history?: FieldPolicy<any> | FieldReadFunction<any>,
	id?: FieldPolicy<any> | FieldReadFunction<any>,
	incident?: FieldPolicy<any> | FieldReadFunction<any>,
	longStandingStatus?: FieldPolicy<any> | FieldReadFunction<any>,
	matterKey?: FieldPolicy<any> | FieldReadFunction<any>,
	matterPetitionCount?: FieldPolicy<any> | FieldReadFunction<any>,
	overdue?: FieldPolicy<any> | FieldReadFunction<any>,
	petitioner?: FieldPolicy<any> | FieldReadFunction<any>,
	petitionerName?: FieldPolicy<any> | FieldReadFunction<any>,
	petitionerPhone?: FieldPolicy<any> | FieldReadFunction<any>,
	receivedAt?: FieldPolicy<any> | FieldReadFunction<any>,
	repeat?: FieldPolicy<any> | FieldReadFunction<any>,
	repliedAt?: FieldPolicy<any> | FieldReadFunction<any>,
	reply?: FieldPolicy<any> | FieldReadFunction<any>,
	satisfaction?: FieldPolicy<any> | FieldReadFunction<any>,
	status?: FieldPolicy<any> | FieldReadFunction<any>,
	street?: FieldPolicy<any> | FieldReadFunction<any>,
	title?: FieldPolicy<any> | FieldReadFunction<any>,
	version?: FieldPolicy<any> | FieldReadFunction<any>
};
export type PetitionConnectionKeySpecifier = ('edges' | 'pageInfo' | 'totalCount' | PetitionConnectionKeySpecifier)[];
export type PetitionConnectionFieldPolicy = {
	edges?: FieldPolicy<any> | FieldReadFunction<any>,
	pageInfo?: FieldPolicy<any> | FieldReadFunction<any>,
	totalCount?: FieldPolicy<any> | FieldReadFunction<any>
};
export type PetitionEdgeKeySpecifier = ('cursor' | 'node' | PetitionEdgeKeySpecifier)[];
export type PetitionEdgeFieldPolicy = {
	cursor?: FieldPolicy<any> | FieldReadFunction<any>,
	node?: FieldPolicy<any> | FieldReadFunction<any>
};
export type PetitionHistoryConnectionKeySpecifier = ('edges' | 'pageInfo' | 'totalCount' | PetitionHistoryConnectionKeySpecifier)[];
export type PetitionHistoryConnectionFieldPolicy = {
	edges?: FieldPolicy<any> | FieldReadFunction<any>,
	pageInfo?: FieldPolicy<any> | FieldReadFunction<any>,
	totalCount?: FieldPolicy<any> | FieldReadFunction<any>
};
export type PetitionHistoryEdgeKeySpecifier = ('cursor' | 'node' | PetitionHistoryEdgeKeySpecifier)[];
export type PetitionHistoryEdgeFieldPolicy = {
	cursor?: FieldPolicy<any> | FieldReadFunction<any>,
	node?: FieldPolicy<any> | FieldReadFunction<any>
};
export type PetitionStatisticsKeysKeySpecifier = ('category' | 'channel' | 'community' | 'month' | 'street' | PetitionStatisticsKeysKeySpecifier)[];
export type PetitionStatisticsKeysFieldPolicy = {
	category?: FieldPolicy<any> | FieldReadFunction<any>,
	channel?: FieldPolicy<any> | FieldReadFunction<any>,
	community?: FieldPolicy<any> | FieldReadFunction<any>,
	month?: FieldPolicy<any> | FieldReadFunction<any>,
	street?: FieldPolicy<any> | FieldReadFunction<any>
};
export type PetitionStatisticsRowKeySpecifier = ('averageSatisfaction' | 'closed' | 'keys' | 'longStanding' | 'petitions' | 'repeats' | 'suppressed' | PetitionStatisticsRowKeySpecifier)[];
export type PetitionStatisticsRowFieldPolicy = {
	averageSatisfaction?: FieldPolicy<any> | FieldReadFunction<any>,
	closed?: FieldPolicy<any> | FieldReadFunction<any>,
	keys?: FieldPolicy<any> | FieldReadFunction<any>,
	longStanding?: FieldPolicy<any> | FieldReadFunction<any>,
	petitions?: FieldPolicy<any> | FieldReadFunction<any>,
	repeats?: FieldPolicy<any> | FieldReadFunction<any>,
	suppressed?: FieldPolicy<any> | FieldReadFunction<any>
};
export type ProjectStatisticsKeysKeySpecifier = ('community' | 'grid' | 'industry' | 'month' | 'stage' | 'street' | ProjectStatisticsKeysKeySpecifier)[];
export type ProjectStatisticsKeysFieldPolicy = {
	community?: FieldPolicy<any> | FieldReadFunction<any>,
	grid?: FieldPolicy<any> | FieldReadFunction<any>,
	industry?: FieldPolicy<any> | FieldReadFunction<any>,
	month?: FieldPolicy<any> | FieldReadFunction<any>,
	stage?: FieldPolicy<any> | FieldReadFunction<any>,
	street?: FieldPolicy<any> | FieldReadFunction<any>
};
export type ProjectStatisticsRowKeySpecifier = ('investmentYuan' | 'keys' | 'projects' | ProjectStatisticsRowKeySpecifier)[];
export type ProjectStatisticsRowFieldPolicy = {
	investmentYuan?: FieldPolicy<any> | FieldReadFunction<any>,
	keys?: FieldPolicy<any> | FieldReadFunction<any>,
	projects?: FieldPolicy<any> | FieldReadFunction<any>
};
export type QueryKeySpecifier = ('assistanceCase' | 'assistanceCases' | 'buildings' | 'civilAffairsAuditRecords' | 'civilAffairsStatistics' | 'community' | 'district' | 'divisions' | 'economyAuditRecords' | 'economyStatistics' | 'enterprise' | 'enterprises' | 'facilities' | 'grid' | 'incident' | 'incidents' | 'inspectionCampaigns' | 'investmentProject' | 'investmentProjects' | 'investmentTrips' | 'notice' | 'notices' | 'partyActivities' | 'partyBuildingAuditRecords' | 'partyBuildingStatistics' | 'partyEvaluations' | 'partyMember' | 'partyMembers' | 'partyOrganization' | 'partyOrganizations' | 'petition' | 'petitionStatistics' | 'petitions' | 'rectificationProjects' | 'resident' | 'residents' | 'serviceVisits' | 'street' | 'taxRecords' | 'urbanManagementAuditRecords' | 'urbanManagementSafetyDesignations' | 'urbanManagementStatistics' | QueryKeySpecifier)[];
export type QueryFieldPolicy = {
	assistanceCase?: FieldPolicy<any> | FieldReadFunction<any>,
	assistanceCases?: FieldPolicy<any> | FieldReadFunction<any>,
	buildings?: FieldPolicy<any> | FieldReadFunction<any>,
	civilAffairsAuditRecords?: FieldPolicy<any> | FieldReadFunction<any>,
	civilAffairsStatistics?: FieldPolicy<any> | FieldReadFunction<any>,
	community?: FieldPolicy<any> | FieldReadFunction<any>,
	district?: FieldPolicy<any> | FieldReadFunction<any>,
	divisions?: FieldPolicy<any> | FieldReadFunction<any>,
	economyAuditRecords?: FieldPolicy<any> | FieldReadFunction<any>,
	economyStatistics?: FieldPolicy<any> | FieldReadFunction<any>,
	enterprise?: FieldPolicy<any> | FieldReadFunction<any>,
	enterprises?: FieldPolicy<any> | FieldReadFunction<any>,
	facilities?: FieldPolicy<any> | FieldReadFunction<any>,
	grid?: FieldPolicy<any> | FieldReadFunction<any>,
	incident?: FieldPolicy<any> | FieldReadFunction<any>,
	incidents?: FieldPolicy<any> | FieldReadFunction<any>,
	inspectionCampaigns?: FieldPolicy<any> | FieldReadFunction<any>,
	investmentProject?: FieldPolicy<any> | FieldReadFunction<any>,
	investmentProjects?: FieldPolicy<any> | FieldReadFunction<any>,
	investmentTrips?: FieldPolicy<any> | FieldReadFunction<any>,
	notice?: FieldPolicy<any> | FieldReadFunction<any>,
	notices?: FieldPolicy<any> | FieldReadFunction<any>,
	partyActivities?: FieldPolicy<any> | FieldReadFunction<any>,
	partyBuildingAuditRecords?: FieldPolicy<any> | FieldReadFunction<any>,
	partyBuildingStatistics?: FieldPolicy<any> | FieldReadFunction<any>,
	partyEvaluations?: FieldPolicy<any> | FieldReadFunction<any>,
	partyMember?: FieldPolicy<any> | FieldReadFunction<any>,
	partyMembers?: FieldPolicy<any> | FieldReadFunction<any>,
	partyOrganization?: FieldPolicy<any> | FieldReadFunction<any>,
	partyOrganizations?: FieldPolicy<any> | FieldReadFunction<any>,
	petition?: FieldPolicy<any> | FieldReadFunction<any>,
	petitionStatistics?: FieldPolicy<any> | FieldReadFunction<any>,
	petitions?: FieldPolicy<any> | FieldReadFunction<any>,
	rectificationProjects?: FieldPolicy<any> | FieldReadFunction<any>,
	resident?: FieldPolicy<any> | FieldReadFunction<any>,
	residents?: FieldPolicy<any> | FieldReadFunction<any>,
	serviceVisits?: FieldPolicy<any> | FieldReadFunction<any>,
	street?: FieldPolicy<any> | FieldReadFunction<any>,
	taxRecords?: FieldPolicy<any> | FieldReadFunction<any>,
	urbanManagementAuditRecords?: FieldPolicy<any> | FieldReadFunction<any>,
	urbanManagementSafetyDesignations?: FieldPolicy<any> | FieldReadFunction<any>,
	urbanManagementStatistics?: FieldPolicy<any> | FieldReadFunction<any>
};
export type RectificationKindQuantityKeySpecifier = ('areaSquareMeters' | 'buildings' | 'completedProjects' | 'kind' | 'projects' | RectificationKindQuantityKeySpecifier)[];
export type RectificationKindQuantityFieldPolicy = {
	areaSquareMeters?: FieldPolicy<any> | FieldReadFunction<any>,
	buildings?: FieldPolicy<any> | FieldReadFunction<any>,
	completedProjects?: FieldPolicy<any> | FieldReadFunction<any>,
	kind?: FieldPolicy<any> | FieldReadFunction<any>,
	projects?: FieldPolicy<any> | FieldReadFunction<any>
};
export type RectificationProjectKeySpecifier = ('areaSquareMeters' | 'buildingCount' | 'community' | 'completedAt' | 'district' | 'divisionCode' | 'id' | 'kind' | 'name' | 'programme' | 'startedAt' | 'status' | 'street' | 'year' | RectificationProjectKeySpecifier)[];
export type RectificationProjectFieldPolicy = {
	areaSquareMeters?: FieldPolicy<any> | FieldReadFunction<any>,
	buildingCount?: FieldPolicy<any> | FieldReadFunction<any>,
	community?: FieldPolicy<any> | FieldReadFunction<any>,
	completedAt?: FieldPolicy<any> | FieldReadFunction<any>,
	district?: FieldPolicy<any> | FieldReadFunction<any>,
	divisionCode?: FieldPolicy<any> | FieldReadFunction<any>,
	id?: FieldPolicy<any> | FieldReadFunction<any>,
	kind?: FieldPolicy<any> | FieldReadFunction<any>,
	name?: FieldPolicy<any> | FieldReadFunction<any>,
	programme?: FieldPolicy<any> | FieldReadFunction<any>,
	startedAt?: FieldPolicy<any> | FieldReadFunction<any>,
	status?: FieldPolicy<any> | FieldReadFunction<any>,
	street?: FieldPolicy<any> | FieldReadFunction<any>,
	year?: FieldPolicy<any> | FieldReadFunction<any>
};
export type RectificationProjectConnectionKeySpecifier = ('edges' | 'pageInfo' | 'totalCount' | RectificationProjectConnectionKeySpecifier)[];
export type RectificationProjectConnectionFieldPolicy = {
	edges?: FieldPolicy<any> | FieldReadFunction<any>,
	pageInfo?: FieldPolicy<any> | FieldReadFunction<any>,
	totalCount?: FieldPolicy<any> | FieldReadFunction<any>
};
export type RectificationProjectEdgeKeySpecifier = ('cursor' | 'node' | RectificationProjectEdgeKeySpecifier)[];
export type RectificationProjectEdgeFieldPolicy = {
	cursor?: FieldPolicy<any> | FieldReadFunction<any>,
	node?: FieldPolicy<any> | FieldReadFunction<any>
};
export type ResidentKeySpecifier = ('age' | 'assistanceCases' | 'birthDate' | 'birthYear' | 'community' | 'grid' | 'householdNumber' | 'id' | 'idNumber' | 'name' | 'phone' | 'relationToHead' | 'sex' | ResidentKeySpecifier)[];
export type ResidentFieldPolicy = {
	age?: FieldPolicy<any> | FieldReadFunction<any>,
	assistanceCases?: FieldPolicy<any> | FieldReadFunction<any>,
	birthDate?: FieldPolicy<any> | FieldReadFunction<any>,
	birthYear?: FieldPolicy<any> | FieldReadFunction<any>,
	community?: FieldPolicy<any> | FieldReadFunction<any>,
	grid?: FieldPolicy<any> | FieldReadFunction<any>,
	householdNumber?: FieldPolicy<any> | FieldReadFunction<any>,
	id?: FieldPolicy<any> | FieldReadFunction<any>,
	idNumber?: FieldPolicy<any> | FieldReadFunction<any>,
	name?: FieldPolicy<any> | FieldReadFunction<any>,
	phone?: FieldPolicy<any> | FieldReadFunction<any>,
	relationToHead?: FieldPolicy<any> | FieldReadFunction<any>,
	sex?: FieldPolicy<any> | FieldReadFunction<any>
};
export type ResidentConnectionKeySpecifier = ('edges' | 'pageInfo' | 'totalCount' | ResidentConnectionKeySpecifier)[];
export type ResidentConnectionFieldPolicy = {
	edges?: FieldPolicy<any> | FieldReadFunction<any>,
	pageInfo?: FieldPolicy<any> | FieldReadFunction<any>,
	totalCount?: FieldPolicy<any> | FieldReadFunction<any>
};
export type ResidentEdgeKeySpecifier = ('cursor' | 'node' | ResidentEdgeKeySpecifier)[];
export type ResidentEdgeFieldPolicy = {
	cursor?: FieldPolicy<any> | FieldReadFunction<any>,
	node?: FieldPolicy<any> | FieldReadFunction<any>
};
export type SafetyDesignationKeySpecifier = ('awardedBy' | 'community' | 'divisionCode' | 'id' | 'kind' | 'year' | SafetyDesignationKeySpecifier)[];
export type SafetyDesignationFieldPolicy = {
	awardedBy?: FieldPolicy<any> | FieldReadFunction<any>,
	community?: FieldPolicy<any> | FieldReadFunction<any>,
	divisionCode?: FieldPolicy<any> | FieldReadFunction<any>,
	id?: FieldPolicy<any> | FieldReadFunction<any>,
	kind?: FieldPolicy<any> | FieldReadFunction<any>,
	year?: FieldPolicy<any> | FieldReadFunction<any>
};
export type SafetyDesignationConnectionKeySpecifier = ('edges' | 'pageInfo' | 'totalCount' | SafetyDesignationConnectionKeySpecifier)[];
export type SafetyDesignationConnectionFieldPolicy = {
	edges?: FieldPolicy<any> | FieldReadFunction<any>,
	pageInfo?: FieldPolicy<any> | FieldReadFunction<any>,
	totalCount?: FieldPolicy<any> | FieldReadFunction<any>
};
export type SafetyDesignationEdgeKeySpecifier = ('cursor' | 'node' | SafetyDesignationEdgeKeySpecifier)[];
export type SafetyDesignationEdgeFieldPolicy = {
	cursor?: FieldPolicy<any> | FieldReadFunction<any>,
	node?: FieldPolicy<any> | FieldReadFunction<any>
};
export type ServiceStatisticsKeysKeySpecifier = ('community' | 'course' | 'grid' | 'kind' | 'month' | 'street' | ServiceStatisticsKeysKeySpecifier)[];
export type ServiceStatisticsKeysFieldPolicy = {
	community?: FieldPolicy<any> | FieldReadFunction<any>,
	course?: FieldPolicy<any> | FieldReadFunction<any>,
	grid?: FieldPolicy<any> | FieldReadFunction<any>,
	kind?: FieldPolicy<any> | FieldReadFunction<any>,
	month?: FieldPolicy<any> | FieldReadFunction<any>,
	street?: FieldPolicy<any> | FieldReadFunction<any>
};
export type ServiceStatisticsRowKeySpecifier = ('keys' | 'persons' | 'suppressed' | ServiceStatisticsRowKeySpecifier)[];
export type ServiceStatisticsRowFieldPolicy = {
	keys?: FieldPolicy<any> | FieldReadFunction<any>,
	persons?: FieldPolicy<any> | FieldReadFunction<any>,
	suppressed?: FieldPolicy<any> | FieldReadFunction<any>
};
export type ServiceVisitKeySpecifier = ('activity' | 'divisionCode' | 'enterprise' | 'history' | 'id' | 'kind' | 'problem' | 'problemStatus' | 'resolution' | 'resolvedAt' | 'serviceGroup' | 'version' | 'visitedAt' | ServiceVisitKeySpecifier)[];
export type ServiceVisitFieldPolicy = {
	activity?: FieldPolicy<any> | FieldReadFunction<any>,
	divisionCode?: FieldPolicy<any> | FieldReadFunction<any>,
	enterprise?: FieldPolicy<any> | FieldReadFunction<any>,
	history?: FieldPolicy<any> | FieldReadFunction<any>,
	id?: FieldPolicy<any> | FieldReadFunction<any>,
	kind?: FieldPolicy<any> | FieldReadFunction<any>,
	problem?: FieldPolicy<any> | FieldReadFunction<any>,
	problemStatus?: FieldPolicy<any> | FieldReadFunction<any>,
	resolution?: FieldPolicy<any> | FieldReadFunction<any>,
	resolvedAt?: FieldPolicy<any> | FieldReadFunction<any>,
	serviceGroup?: FieldPolicy<any> | FieldReadFunction<any>,
	version?: FieldPolicy<any> | FieldReadFunction<any>,
	visitedAt?: FieldPolicy<any> | FieldReadFunction<any>
};
export type ServiceVisitConnectionKeySpecifier = ('edges' | 'pageInfo' | 'totalCount' | ServiceVisitConnectionKeySpecifier)[];
export type ServiceVisitConnectionFieldPolicy = {
	edges?: FieldPolicy<any> | FieldReadFunction<any>,
	pageInfo?: FieldPolicy<any> | FieldReadFunction<any>,
	totalCount?: FieldPolicy<any> | FieldReadFunction<any>
};
export type ServiceVisitEdgeKeySpecifier = ('cursor' | 'node' | ServiceVisitEdgeKeySpecifier)[];
export type ServiceVisitEdgeFieldPolicy = {
	cursor?: FieldPolicy<any> | FieldReadFunction<any>,
	node?: FieldPolicy<any> | FieldReadFunction<any>
};
export type ServiceVisitHistoryConnectionKeySpecifier = ('edges' | 'pageInfo' | 'totalCount' | ServiceVisitHistoryConnectionKeySpecifier)[];
export type ServiceVisitHistoryConnectionFieldPolicy = {
	edges?: FieldPolicy<any> | FieldReadFunction<any>,
	pageInfo?: FieldPolicy<any> | FieldReadFunction<any>,
	totalCount?: FieldPolicy<any> | FieldReadFunction<any>
};
export type ServiceVisitHistoryEdgeKeySpecifier = ('cursor' | 'node' | ServiceVisitHistoryEdgeKeySpecifier)[];
export type ServiceVisitHistoryEdgeFieldPolicy = {
	cursor?: FieldPolicy<any> | FieldReadFunction<any>,
	node?: FieldPolicy<any> | FieldReadFunction<any>
};
export type StreetKeySpecifier = ('civilAffairsIndicators' | 'code' | 'communities' | 'district' | 'economyIndicators' | 'enterprises' | 'facilities' | 'incidents' | 'investmentTrips' | 'kind' | 'level' | 'name' | 'parentCode' | 'partyBuildingIndicators' | 'partyOrganizations' | 'projects' | 'rectificationProjects' | 'residents' | 'urbanManagementIndicators' | StreetKeySpecifier)[];
export type StreetFieldPolicy = {
	civilAffairsIndicators?: FieldPolicy<any> | FieldReadFunction<any>,
	code?: FieldPolicy<any> | FieldReadFunction<any>,
	communities?: FieldPolicy<any> | FieldReadFunction<any>,
	district?: FieldPolicy<any> | FieldReadFunction<any>,
	economyIndicators?: FieldPolicy<any> | FieldReadFunction<any>,
	enterprises?: FieldPolicy<any> | FieldReadFunction<any>,
	facilities?: FieldPolicy<any> | FieldReadFunction<any>,
	incidents?: FieldPolicy<any> | FieldReadFunction<any>,
	investmentTrips?: FieldPolicy<any> | FieldReadFunction<any>,
	kind?: FieldPolicy<any> | FieldReadFunction<any>,
	level?: FieldPolicy<any> | FieldReadFunction<any>,
	name?: FieldPolicy<any> | FieldReadFunction<any>,
	parentCode?: FieldPolicy<any> | FieldReadFunction<any>,
	partyBuildingIndicators?: FieldPolicy<any> | FieldReadFunction<any>,
	partyOrganizations?: FieldPolicy<any> | FieldReadFunction<any>,
	projects?: FieldPolicy<any> | FieldReadFunction<any>,
	rectificationProjects?: FieldPolicy<any> | FieldReadFunction<any>,
	residents?: FieldPolicy<any> | FieldReadFunction<any>,
	urbanManagementIndicators?: FieldPolicy<any> | FieldReadFunction<any>
};
export type StreetConnectionKeySpecifier = ('edges' | 'pageInfo' | 'totalCount' | StreetConnectionKeySpecifier)[];
export type StreetConnectionFieldPolicy = {
	edges?: FieldPolicy<any> | FieldReadFunction<any>,
	pageInfo?: FieldPolicy<any> | FieldReadFunction<any>,
	totalCount?: FieldPolicy<any> | FieldReadFunction<any>
};
export type StreetEdgeKeySpecifier = ('cursor' | 'node' | StreetEdgeKeySpecifier)[];
export type StreetEdgeFieldPolicy = {
	cursor?: FieldPolicy<any> | FieldReadFunction<any>,
	node?: FieldPolicy<any> | FieldReadFunction<any>
};
export type TaxRecordKeySpecifier = ('amountYuan' | 'divisionCode' | 'enterprise' | 'id' | 'month' | 'period' | 'year' | TaxRecordKeySpecifier)[];
export type TaxRecordFieldPolicy = {
	amountYuan?: FieldPolicy<any> | FieldReadFunction<any>,
	divisionCode?: FieldPolicy<any> | FieldReadFunction<any>,
	enterprise?: FieldPolicy<any> | FieldReadFunction<any>,
	id?: FieldPolicy<any> | FieldReadFunction<any>,
	month?: FieldPolicy<any> | FieldReadFunction<any>,
	period?: FieldPolicy<any> | FieldReadFunction<any>,
	year?: FieldPolicy<any> | FieldReadFunction<any>
};
export type TaxRecordConnectionKeySpecifier = ('edges' | 'pageInfo' | 'totalCount' | TaxRecordConnectionKeySpecifier)[];
export type TaxRecordConnectionFieldPolicy = {
	edges?: FieldPolicy<any> | FieldReadFunction<any>,
	pageInfo?: FieldPolicy<any> | FieldReadFunction<any>,
	totalCount?: FieldPolicy<any> | FieldReadFunction<any>
};
export type TaxRecordEdgeKeySpecifier = ('cursor' | 'node' | TaxRecordEdgeKeySpecifier)[];
export type TaxRecordEdgeFieldPolicy = {
	cursor?: FieldPolicy<any> | FieldReadFunction<any>,
	node?: FieldPolicy<any> | FieldReadFunction<any>
};
export type TripStatisticsKeysKeySpecifier = ('community' | 'grid' | 'leaderLevel' | 'month' | 'street' | TripStatisticsKeysKeySpecifier)[];
export type TripStatisticsKeysFieldPolicy = {
	community?: FieldPolicy<any> | FieldReadFunction<any>,
	grid?: FieldPolicy<any> | FieldReadFunction<any>,
	leaderLevel?: FieldPolicy<any> | FieldReadFunction<any>,
	month?: FieldPolicy<any> | FieldReadFunction<any>,
	street?: FieldPolicy<any> | FieldReadFunction<any>
};
export type TripStatisticsRowKeySpecifier = ('keys' | 'projectsNegotiated' | 'trips' | TripStatisticsRowKeySpecifier)[];
export type TripStatisticsRowFieldPolicy = {
	keys?: FieldPolicy<any> | FieldReadFunction<any>,
	projectsNegotiated?: FieldPolicy<any> | FieldReadFunction<any>,
	trips?: FieldPolicy<any> | FieldReadFunction<any>
};
export type UrbanManagementIndicatorsKeySpecifier = ('averageHandlingHours' | 'casesPrevented' | 'communitiesWithStandardOffice' | 'cultFreeCommunities' | 'divisionCode' | 'facilitiesByType' | 'incidents' | 'incidentsByCategory' | 'incidentsByMonth' | 'incidentsBySource' | 'incidentsByStatus' | 'openIncidents' | 'overdueRate' | 'rectificationByKind' | 'safeCommunities' | UrbanManagementIndicatorsKeySpecifier)[];
export type UrbanManagementIndicatorsFieldPolicy = {
	averageHandlingHours?: FieldPolicy<any> | FieldReadFunction<any>,
	casesPrevented?: FieldPolicy<any> | FieldReadFunction<any>,
	communitiesWithStandardOffice?: FieldPolicy<any> | FieldReadFunction<any>,
	cultFreeCommunities?: FieldPolicy<any> | FieldReadFunction<any>,
	divisionCode?: FieldPolicy<any> | FieldReadFunction<any>,
	facilitiesByType?: FieldPolicy<any> | FieldReadFunction<any>,
	incidents?: FieldPolicy<any> | FieldReadFunction<any>,
	incidentsByCategory?: FieldPolicy<any> | FieldReadFunction<any>,
	incidentsByMonth?: FieldPolicy<any> | FieldReadFunction<any>,
	incidentsBySource?: FieldPolicy<any> | FieldReadFunction<any>,
	incidentsByStatus?: FieldPolicy<any> | FieldReadFunction<any>,
	openIncidents?: FieldPolicy<any> | FieldReadFunction<any>,
	overdueRate?: FieldPolicy<any> | FieldReadFunction<any>,
	rectificationByKind?: FieldPolicy<any> | FieldReadFunction<any>,
	safeCommunities?: FieldPolicy<any> | FieldReadFunction<any>
};
export type UrbanManagementStatisticsKeySpecifier = ('division' | 'facilities' | 'incidents' | UrbanManagementStatisticsKeySpecifier)[];
export type UrbanManagementStatisticsFieldPolicy = {
	division?: FieldPolicy<any> | FieldReadFunction<any>,
	facilities?: FieldPolicy<any> | FieldReadFunction<any>,
	incidents?: FieldPolicy<any> | FieldReadFunction<any>
};
export type StrictTypedTypePolicies = {
	AssistanceCase?: Omit<TypePolicy, "fields" | "keyFields"> & {
		keyFields?: false | AssistanceCaseKeySpecifier | (() => undefined | AssistanceCaseKeySpecifier),
		fields?: AssistanceCaseFieldPolicy,
	},
	AssistanceCaseConnection?: Omit<TypePolicy, "fields" | "keyFields"> & {
		keyFields?: false | AssistanceCaseConnectionKeySpecifier | (() => undefined | AssistanceCaseConnectionKeySpecifier),
		fields?: AssistanceCaseConnectionFieldPolicy,
	},
	AssistanceCaseEdge?: Omit<TypePolicy, "fields" | "keyFields"> & {
		keyFields?: false | AssistanceCaseEdgeKeySpecifier | (() => undefined | AssistanceCaseEdgeKeySpecifier),
		fields?: AssistanceCaseEdgeFieldPolicy,
	},
	AssistanceCaseHistoryConnection?: Omit<TypePolicy, "fields" | "keyFields"> & {
		keyFields?: false | AssistanceCaseHistoryConnectionKeySpecifier | (() => undefined | AssistanceCaseHistoryConnectionKeySpecifier),
		fields?: AssistanceCaseHistoryConnectionFieldPolicy,
	},
	AssistanceCaseHistoryEdge?: Omit<TypePolicy, "fields" | "keyFields"> & {
		keyFields?: false | AssistanceCaseHistoryEdgeKeySpecifier | (() => undefined | AssistanceCaseHistoryEdgeKeySpecifier),
		fields?: AssistanceCaseHistoryEdgeFieldPolicy,
	},
	AssistanceStatisticsKeys?: Omit<TypePolicy, "fields" | "keyFields"> & {
		keyFields?: false | AssistanceStatisticsKeysKeySpecifier | (() => undefined | AssistanceStatisticsKeysKeySpecifier),
		fields?: AssistanceStatisticsKeysFieldPolicy,
	},
	AssistanceStatisticsRow?: Omit<TypePolicy, "fields" | "keyFields"> & {
		keyFields?: false | AssistanceStatisticsRowKeySpecifier | (() => undefined | AssistanceStatisticsRowKeySpecifier),
		fields?: AssistanceStatisticsRowFieldPolicy,
	},
	AuditRecord?: Omit<TypePolicy, "fields" | "keyFields"> & {
		keyFields?: false | AuditRecordKeySpecifier | (() => undefined | AuditRecordKeySpecifier),
		fields?: AuditRecordFieldPolicy,
	},
	AuditRecordConnection?: Omit<TypePolicy, "fields" | "keyFields"> & {
		keyFields?: false | AuditRecordConnectionKeySpecifier | (() => undefined | AuditRecordConnectionKeySpecifier),
		fields?: AuditRecordConnectionFieldPolicy,
	},
	AuditRecordEdge?: Omit<TypePolicy, "fields" | "keyFields"> & {
		keyFields?: false | AuditRecordEdgeKeySpecifier | (() => undefined | AuditRecordEdgeKeySpecifier),
		fields?: AuditRecordEdgeFieldPolicy,
	},
	BenefitPayment?: Omit<TypePolicy, "fields" | "keyFields"> & {
		keyFields?: false | BenefitPaymentKeySpecifier | (() => undefined | BenefitPaymentKeySpecifier),
		fields?: BenefitPaymentFieldPolicy,
	},
	BenefitPaymentConnection?: Omit<TypePolicy, "fields" | "keyFields"> & {
		keyFields?: false | BenefitPaymentConnectionKeySpecifier | (() => undefined | BenefitPaymentConnectionKeySpecifier),
		fields?: BenefitPaymentConnectionFieldPolicy,
	},
	BenefitPaymentEdge?: Omit<TypePolicy, "fields" | "keyFields"> & {
		keyFields?: false | BenefitPaymentEdgeKeySpecifier | (() => undefined | BenefitPaymentEdgeKeySpecifier),
		fields?: BenefitPaymentEdgeFieldPolicy,
	},
	Building?: Omit<TypePolicy, "fields" | "keyFields"> & {
		keyFields?: false | BuildingKeySpecifier | (() => undefined | BuildingKeySpecifier),
		fields?: BuildingFieldPolicy,
	},
	BuildingConnection?: Omit<TypePolicy, "fields" | "keyFields"> & {
		keyFields?: false | BuildingConnectionKeySpecifier | (() => undefined | BuildingConnectionKeySpecifier),
		fields?: BuildingConnectionFieldPolicy,
	},
	BuildingEdge?: Omit<TypePolicy, "fields" | "keyFields"> & {
		keyFields?: false | BuildingEdgeKeySpecifier | (() => undefined | BuildingEdgeKeySpecifier),
		fields?: BuildingEdgeFieldPolicy,
	},
	CivilAffairsIndicators?: Omit<TypePolicy, "fields" | "keyFields"> & {
		keyFields?: false | CivilAffairsIndicatorsKeySpecifier | (() => undefined | CivilAffairsIndicatorsKeySpecifier),
		fields?: CivilAffairsIndicatorsFieldPolicy,
	},
	CivilAffairsStatistics?: Omit<TypePolicy, "fields" | "keyFields"> & {
		keyFields?: false | CivilAffairsStatisticsKeySpecifier | (() => undefined | CivilAffairsStatisticsKeySpecifier),
		fields?: CivilAffairsStatisticsFieldPolicy,
	},
	CivilAffairsTarget?: Omit<TypePolicy, "fields" | "keyFields"> & {
		keyFields?: false | CivilAffairsTargetKeySpecifier | (() => undefined | CivilAffairsTargetKeySpecifier),
		fields?: CivilAffairsTargetFieldPolicy,
	},
	Community?: Omit<TypePolicy, "fields" | "keyFields"> & {
		keyFields?: false | CommunityKeySpecifier | (() => undefined | CommunityKeySpecifier),
		fields?: CommunityFieldPolicy,
	},
	CommunityConnection?: Omit<TypePolicy, "fields" | "keyFields"> & {
		keyFields?: false | CommunityConnectionKeySpecifier | (() => undefined | CommunityConnectionKeySpecifier),
		fields?: CommunityConnectionFieldPolicy,
	},
	CommunityEdge?: Omit<TypePolicy, "fields" | "keyFields"> & {
		keyFields?: false | CommunityEdgeKeySpecifier | (() => undefined | CommunityEdgeKeySpecifier),
		fields?: CommunityEdgeFieldPolicy,
	},
	DibaoTierCount?: Omit<TypePolicy, "fields" | "keyFields"> & {
		keyFields?: false | DibaoTierCountKeySpecifier | (() => undefined | DibaoTierCountKeySpecifier),
		fields?: DibaoTierCountFieldPolicy,
	},
	District?: Omit<TypePolicy, "fields" | "keyFields"> & {
		keyFields?: false | DistrictKeySpecifier | (() => undefined | DistrictKeySpecifier),
		fields?: DistrictFieldPolicy,
	},
	Division?: Omit<TypePolicy, "fields" | "keyFields"> & {
		keyFields?: false | DivisionKeySpecifier | (() => undefined | DivisionKeySpecifier),
		fields?: DivisionFieldPolicy,
	},
	DivisionConnection?: Omit<TypePolicy, "fields" | "keyFields"> & {
		keyFields?: false | DivisionConnectionKeySpecifier | (() => undefined | DivisionConnectionKeySpecifier),
		fields?: DivisionConnectionFieldPolicy,
	},
	DivisionEdge?: Omit<TypePolicy, "fields" | "keyFields"> & {
		keyFields?: false | DivisionEdgeKeySpecifier | (() => undefined | DivisionEdgeKeySpecifier),
		fields?: DivisionEdgeFieldPolicy,
	},
	EconomyIndicators?: Omit<TypePolicy, "fields" | "keyFields"> & {
		keyFields?: false | EconomyIndicatorsKeySpecifier | (() => undefined | EconomyIndicatorsKeySpecifier),
		fields?: EconomyIndicatorsFieldPolicy,
	},
	EconomyStatistics?: Omit<TypePolicy, "fields" | "keyFields"> & {
		keyFields?: false | EconomyStatisticsKeySpecifier | (() => undefined | EconomyStatisticsKeySpecifier),
		fields?: EconomyStatisticsFieldPolicy,
	},
	EconomyTarget?: Omit<TypePolicy, "fields" | "keyFields"> & {
		keyFields?: false | EconomyTargetKeySpecifier | (() => undefined | EconomyTargetKeySpecifier),
		fields?: EconomyTargetFieldPolicy,
	},
	Enterprise?: Omit<TypePolicy, "fields" | "keyFields"> & {
		keyFields?: false | EnterpriseKeySpecifier | (() => undefined | EnterpriseKeySpecifier),
		fields?: EnterpriseFieldPolicy,
	},
	EnterpriseConnection?: Omit<TypePolicy, "fields" | "keyFields"> & {
		keyFields?: false | EnterpriseConnectionKeySpecifier | (() => undefined | EnterpriseConnectionKeySpecifier),
		fields?: EnterpriseConnectionFieldPolicy,
	},
	EnterpriseEdge?: Omit<TypePolicy, "fields" | "keyFields"> & {
		keyFields?: false | EnterpriseEdgeKeySpecifier | (() => undefined | EnterpriseEdgeKeySpecifier),
		fields?: EnterpriseEdgeFieldPolicy,
	},
	Facility?: Omit<TypePolicy, "fields" | "keyFields"> & {
		keyFields?: false | FacilityKeySpecifier | (() => undefined | FacilityKeySpecifier),
		fields?: FacilityFieldPolicy,
	},
	FacilityConnection?: Omit<TypePolicy, "fields" | "keyFields"> & {
		keyFields?: false | FacilityConnectionKeySpecifier | (() => undefined | FacilityConnectionKeySpecifier),
		fields?: FacilityConnectionFieldPolicy,
	},
	FacilityEdge?: Omit<TypePolicy, "fields" | "keyFields"> & {
		keyFields?: false | FacilityEdgeKeySpecifier | (() => undefined | FacilityEdgeKeySpecifier),
		fields?: FacilityEdgeFieldPolicy,
	},
	FacilityStatisticsKeys?: Omit<TypePolicy, "fields" | "keyFields"> & {
		keyFields?: false | FacilityStatisticsKeysKeySpecifier | (() => undefined | FacilityStatisticsKeysKeySpecifier),
		fields?: FacilityStatisticsKeysFieldPolicy,
	},
	FacilityStatisticsRow?: Omit<TypePolicy, "fields" | "keyFields"> & {
		keyFields?: false | FacilityStatisticsRowKeySpecifier | (() => undefined | FacilityStatisticsRowKeySpecifier),
		fields?: FacilityStatisticsRowFieldPolicy,
	},
	FacilityTypeCount?: Omit<TypePolicy, "fields" | "keyFields"> & {
		keyFields?: false | FacilityTypeCountKeySpecifier | (() => undefined | FacilityTypeCountKeySpecifier),
		fields?: FacilityTypeCountFieldPolicy,
	},
	Grid?: Omit<TypePolicy, "fields" | "keyFields"> & {
		keyFields?: false | GridKeySpecifier | (() => undefined | GridKeySpecifier),
		fields?: GridFieldPolicy,
	},
	GridConnection?: Omit<TypePolicy, "fields" | "keyFields"> & {
		keyFields?: false | GridConnectionKeySpecifier | (() => undefined | GridConnectionKeySpecifier),
		fields?: GridConnectionFieldPolicy,
	},
	GridEdge?: Omit<TypePolicy, "fields" | "keyFields"> & {
		keyFields?: false | GridEdgeKeySpecifier | (() => undefined | GridEdgeKeySpecifier),
		fields?: GridEdgeFieldPolicy,
	},
	HistoryEntry?: Omit<TypePolicy, "fields" | "keyFields"> & {
		keyFields?: false | HistoryEntryKeySpecifier | (() => undefined | HistoryEntryKeySpecifier),
		fields?: HistoryEntryFieldPolicy,
	},
	Incident?: Omit<TypePolicy, "fields" | "keyFields"> & {
		keyFields?: false | IncidentKeySpecifier | (() => undefined | IncidentKeySpecifier),
		fields?: IncidentFieldPolicy,
	},
	IncidentCategoryCount?: Omit<TypePolicy, "fields" | "keyFields"> & {
		keyFields?: false | IncidentCategoryCountKeySpecifier | (() => undefined | IncidentCategoryCountKeySpecifier),
		fields?: IncidentCategoryCountFieldPolicy,
	},
	IncidentConnection?: Omit<TypePolicy, "fields" | "keyFields"> & {
		keyFields?: false | IncidentConnectionKeySpecifier | (() => undefined | IncidentConnectionKeySpecifier),
		fields?: IncidentConnectionFieldPolicy,
	},
	IncidentEdge?: Omit<TypePolicy, "fields" | "keyFields"> & {
		keyFields?: false | IncidentEdgeKeySpecifier | (() => undefined | IncidentEdgeKeySpecifier),
		fields?: IncidentEdgeFieldPolicy,
	},
	IncidentHistoryConnection?: Omit<TypePolicy, "fields" | "keyFields"> & {
		keyFields?: false | IncidentHistoryConnectionKeySpecifier | (() => undefined | IncidentHistoryConnectionKeySpecifier),
		fields?: IncidentHistoryConnectionFieldPolicy,
	},
	IncidentHistoryEdge?: Omit<TypePolicy, "fields" | "keyFields"> & {
		keyFields?: false | IncidentHistoryEdgeKeySpecifier | (() => undefined | IncidentHistoryEdgeKeySpecifier),
		fields?: IncidentHistoryEdgeFieldPolicy,
	},
	IncidentMonthCount?: Omit<TypePolicy, "fields" | "keyFields"> & {
		keyFields?: false | IncidentMonthCountKeySpecifier | (() => undefined | IncidentMonthCountKeySpecifier),
		fields?: IncidentMonthCountFieldPolicy,
	},
	IncidentSourceCount?: Omit<TypePolicy, "fields" | "keyFields"> & {
		keyFields?: false | IncidentSourceCountKeySpecifier | (() => undefined | IncidentSourceCountKeySpecifier),
		fields?: IncidentSourceCountFieldPolicy,
	},
	IncidentStatisticsKeys?: Omit<TypePolicy, "fields" | "keyFields"> & {
		keyFields?: false | IncidentStatisticsKeysKeySpecifier | (() => undefined | IncidentStatisticsKeysKeySpecifier),
		fields?: IncidentStatisticsKeysFieldPolicy,
	},
	IncidentStatisticsRow?: Omit<TypePolicy, "fields" | "keyFields"> & {
		keyFields?: false | IncidentStatisticsRowKeySpecifier | (() => undefined | IncidentStatisticsRowKeySpecifier),
		fields?: IncidentStatisticsRowFieldPolicy,
	},
	IncidentStatusCount?: Omit<TypePolicy, "fields" | "keyFields"> & {
		keyFields?: false | IncidentStatusCountKeySpecifier | (() => undefined | IncidentStatusCountKeySpecifier),
		fields?: IncidentStatusCountFieldPolicy,
	},
	InspectionCampaign?: Omit<TypePolicy, "fields" | "keyFields"> & {
		keyFields?: false | InspectionCampaignKeySpecifier | (() => undefined | InspectionCampaignKeySpecifier),
		fields?: InspectionCampaignFieldPolicy,
	},
	InspectionCampaignConnection?: Omit<TypePolicy, "fields" | "keyFields"> & {
		keyFields?: false | InspectionCampaignConnectionKeySpecifier | (() => undefined | InspectionCampaignConnectionKeySpecifier),
		fields?: InspectionCampaignConnectionFieldPolicy,
	},
	InspectionCampaignEdge?: Omit<TypePolicy, "fields" | "keyFields"> & {
		keyFields?: false | InspectionCampaignEdgeKeySpecifier | (() => undefined | InspectionCampaignEdgeKeySpecifier),
		fields?: InspectionCampaignEdgeFieldPolicy,
	},
	InvestmentProject?: Omit<TypePolicy, "fields" | "keyFields"> & {
		keyFields?: false | InvestmentProjectKeySpecifier | (() => undefined | InvestmentProjectKeySpecifier),
		fields?: InvestmentProjectFieldPolicy,
	},
	InvestmentProjectConnection?: Omit<TypePolicy, "fields" | "keyFields"> & {
		keyFields?: false | InvestmentProjectConnectionKeySpecifier | (() => undefined | InvestmentProjectConnectionKeySpecifier),
		fields?: InvestmentProjectConnectionFieldPolicy,
	},
	InvestmentProjectEdge?: Omit<TypePolicy, "fields" | "keyFields"> & {
		keyFields?: false | InvestmentProjectEdgeKeySpecifier | (() => undefined | InvestmentProjectEdgeKeySpecifier),
		fields?: InvestmentProjectEdgeFieldPolicy,
	},
	InvestmentProjectHistoryConnection?: Omit<TypePolicy, "fields" | "keyFields"> & {
		keyFields?: false | InvestmentProjectHistoryConnectionKeySpecifier | (() => undefined | InvestmentProjectHistoryConnectionKeySpecifier),
		fields?: InvestmentProjectHistoryConnectionFieldPolicy,
	},
	InvestmentProjectHistoryEdge?: Omit<TypePolicy, "fields" | "keyFields"> & {
		keyFields?: false | InvestmentProjectHistoryEdgeKeySpecifier | (() => undefined | InvestmentProjectHistoryEdgeKeySpecifier),
		fields?: InvestmentProjectHistoryEdgeFieldPolicy,
	},
	InvestmentTrip?: Omit<TypePolicy, "fields" | "keyFields"> & {
		keyFields?: false | InvestmentTripKeySpecifier | (() => undefined | InvestmentTripKeySpecifier),
		fields?: InvestmentTripFieldPolicy,
	},
	InvestmentTripConnection?: Omit<TypePolicy, "fields" | "keyFields"> & {
		keyFields?: false | InvestmentTripConnectionKeySpecifier | (() => undefined | InvestmentTripConnectionKeySpecifier),
		fields?: InvestmentTripConnectionFieldPolicy,
	},
	InvestmentTripEdge?: Omit<TypePolicy, "fields" | "keyFields"> & {
		keyFields?: false | InvestmentTripEdgeKeySpecifier | (() => undefined | InvestmentTripEdgeKeySpecifier),
		fields?: InvestmentTripEdgeFieldPolicy,
	},
	Measure?: Omit<TypePolicy, "fields" | "keyFields"> & {
		keyFields?: false | MeasureKeySpecifier | (() => undefined | MeasureKeySpecifier),
		fields?: MeasureFieldPolicy,
	},
	Mutation?: Omit<TypePolicy, "fields" | "keyFields"> & {
		keyFields?: false | MutationKeySpecifier | (() => undefined | MutationKeySpecifier),
		fields?: MutationFieldPolicy,
	},
	Notice?: Omit<TypePolicy, "fields" | "keyFields"> & {
		keyFields?: false | NoticeKeySpecifier | (() => undefined | NoticeKeySpecifier),
		fields?: NoticeFieldPolicy,
	},
	NoticeConnection?: Omit<TypePolicy, "fields" | "keyFields"> & {
		keyFields?: false | NoticeConnectionKeySpecifier | (() => undefined | NoticeConnectionKeySpecifier),
		fields?: NoticeConnectionFieldPolicy,
	},
	NoticeEdge?: Omit<TypePolicy, "fields" | "keyFields"> & {
		keyFields?: false | NoticeEdgeKeySpecifier | (() => undefined | NoticeEdgeKeySpecifier),
		fields?: NoticeEdgeFieldPolicy,
	},
	NoticeHistoryConnection?: Omit<TypePolicy, "fields" | "keyFields"> & {
		keyFields?: false | NoticeHistoryConnectionKeySpecifier | (() => undefined | NoticeHistoryConnectionKeySpecifier),
		fields?: NoticeHistoryConnectionFieldPolicy,
	},
	NoticeHistoryEdge?: Omit<TypePolicy, "fields" | "keyFields"> & {
		keyFields?: false | NoticeHistoryEdgeKeySpecifier | (() => undefined | NoticeHistoryEdgeKeySpecifier),
		fields?: NoticeHistoryEdgeFieldPolicy,
	},
	NoticeReadCount?: Omit<TypePolicy, "fields" | "keyFields"> & {
		keyFields?: false | NoticeReadCountKeySpecifier | (() => undefined | NoticeReadCountKeySpecifier),
		fields?: NoticeReadCountFieldPolicy,
	},
	PageInfo?: Omit<TypePolicy, "fields" | "keyFields"> & {
		keyFields?: false | PageInfoKeySpecifier | (() => undefined | PageInfoKeySpecifier),
		fields?: PageInfoFieldPolicy,
	},
	PartyActivity?: Omit<TypePolicy, "fields" | "keyFields"> & {
		keyFields?: false | PartyActivityKeySpecifier | (() => undefined | PartyActivityKeySpecifier),
		fields?: PartyActivityFieldPolicy,
	},
	PartyActivityConnection?: Omit<TypePolicy, "fields" | "keyFields"> & {
		keyFields?: false | PartyActivityConnectionKeySpecifier | (() => undefined | PartyActivityConnectionKeySpecifier),
		fields?: PartyActivityConnectionFieldPolicy,
	},
	PartyActivityEdge?: Omit<TypePolicy, "fields" | "keyFields"> & {
		keyFields?: false | PartyActivityEdgeKeySpecifier | (() => undefined | PartyActivityEdgeKeySpecifier),
		fields?: PartyActivityEdgeFieldPolicy,
	},
	PartyActivityHistoryConnection?: Omit<TypePolicy, "fields" | "keyFields"> & {
		keyFields?: false | PartyActivityHistoryConnectionKeySpecifier | (() => undefined | PartyActivityHistoryConnectionKeySpecifier),
		fields?: PartyActivityHistoryConnectionFieldPolicy,
	},
	PartyActivityHistoryEdge?: Omit<TypePolicy, "fields" | "keyFields"> & {
		keyFields?: false | PartyActivityHistoryEdgeKeySpecifier | (() => undefined | PartyActivityHistoryEdgeKeySpecifier),
		fields?: PartyActivityHistoryEdgeFieldPolicy,
	},
	PartyActivityOutput?: Omit<TypePolicy, "fields" | "keyFields"> & {
		keyFields?: false | PartyActivityOutputKeySpecifier | (() => undefined | PartyActivityOutputKeySpecifier),
		fields?: PartyActivityOutputFieldPolicy,
	},
	PartyBuildingCount?: Omit<TypePolicy, "fields" | "keyFields"> & {
		keyFields?: false | PartyBuildingCountKeySpecifier | (() => undefined | PartyBuildingCountKeySpecifier),
		fields?: PartyBuildingCountFieldPolicy,
	},
	PartyBuildingIndicators?: Omit<TypePolicy, "fields" | "keyFields"> & {
		keyFields?: false | PartyBuildingIndicatorsKeySpecifier | (() => undefined | PartyBuildingIndicatorsKeySpecifier),
		fields?: PartyBuildingIndicatorsFieldPolicy,
	},
	PartyBuildingStatistics?: Omit<TypePolicy, "fields" | "keyFields"> & {
		keyFields?: false | PartyBuildingStatisticsKeySpecifier | (() => undefined | PartyBuildingStatisticsKeySpecifier),
		fields?: PartyBuildingStatisticsFieldPolicy,
	},
	PartyEvaluation?: Omit<TypePolicy, "fields" | "keyFields"> & {
		keyFields?: false | PartyEvaluationKeySpecifier | (() => undefined | PartyEvaluationKeySpecifier),
		fields?: PartyEvaluationFieldPolicy,
	},
	PartyEvaluationConnection?: Omit<TypePolicy, "fields" | "keyFields"> & {
		keyFields?: false | PartyEvaluationConnectionKeySpecifier | (() => undefined | PartyEvaluationConnectionKeySpecifier),
		fields?: PartyEvaluationConnectionFieldPolicy,
	},
	PartyEvaluationEdge?: Omit<TypePolicy, "fields" | "keyFields"> & {
		keyFields?: false | PartyEvaluationEdgeKeySpecifier | (() => undefined | PartyEvaluationEdgeKeySpecifier),
		fields?: PartyEvaluationEdgeFieldPolicy,
	},
	PartyMember?: Omit<TypePolicy, "fields" | "keyFields"> & {
		keyFields?: false | PartyMemberKeySpecifier | (() => undefined | PartyMemberKeySpecifier),
		fields?: PartyMemberFieldPolicy,
	},
	PartyMemberConnection?: Omit<TypePolicy, "fields" | "keyFields"> & {
		keyFields?: false | PartyMemberConnectionKeySpecifier | (() => undefined | PartyMemberConnectionKeySpecifier),
		fields?: PartyMemberConnectionFieldPolicy,
	},
	PartyMemberEdge?: Omit<TypePolicy, "fields" | "keyFields"> & {
		keyFields?: false | PartyMemberEdgeKeySpecifier | (() => undefined | PartyMemberEdgeKeySpecifier),
		fields?: PartyMemberEdgeFieldPolicy,
	},
	PartyMemberHistoryConnection?: Omit<TypePolicy, "fields" | "keyFields"> & {
		keyFields?: false | PartyMemberHistoryConnectionKeySpecifier | (() => undefined | PartyMemberHistoryConnectionKeySpecifier),
		fields?: PartyMemberHistoryConnectionFieldPolicy,
	},
	PartyMemberHistoryEdge?: Omit<TypePolicy, "fields" | "keyFields"> & {
		keyFields?: false | PartyMemberHistoryEdgeKeySpecifier | (() => undefined | PartyMemberHistoryEdgeKeySpecifier),
		fields?: PartyMemberHistoryEdgeFieldPolicy,
	},
	PartyMemberStatisticsKeys?: Omit<TypePolicy, "fields" | "keyFields"> & {
		keyFields?: false | PartyMemberStatisticsKeysKeySpecifier | (() => undefined | PartyMemberStatisticsKeysKeySpecifier),
		fields?: PartyMemberStatisticsKeysFieldPolicy,
	},
	PartyMemberStatisticsRow?: Omit<TypePolicy, "fields" | "keyFields"> & {
		keyFields?: false | PartyMemberStatisticsRowKeySpecifier | (() => undefined | PartyMemberStatisticsRowKeySpecifier),
		fields?: PartyMemberStatisticsRowFieldPolicy,
	},
	PartyOrganization?: Omit<TypePolicy, "fields" | "keyFields"> & {
		keyFields?: false | PartyOrganizationKeySpecifier | (() => undefined | PartyOrganizationKeySpecifier),
		fields?: PartyOrganizationFieldPolicy,
	},
	PartyOrganizationConnection?: Omit<TypePolicy, "fields" | "keyFields"> & {
		keyFields?: false | PartyOrganizationConnectionKeySpecifier | (() => undefined | PartyOrganizationConnectionKeySpecifier),
		fields?: PartyOrganizationConnectionFieldPolicy,
	},
	PartyOrganizationEdge?: Omit<TypePolicy, "fields" | "keyFields"> & {
		keyFields?: false | PartyOrganizationEdgeKeySpecifier | (() => undefined | PartyOrganizationEdgeKeySpecifier),
		fields?: PartyOrganizationEdgeFieldPolicy,
	},
	PartyOrganizationStatisticsKeys?: Omit<TypePolicy, "fields" | "keyFields"> & {
		keyFields?: false | PartyOrganizationStatisticsKeysKeySpecifier | (() => undefined | PartyOrganizationStatisticsKeysKeySpecifier),
		fields?: PartyOrganizationStatisticsKeysFieldPolicy,
	},
	PartyOrganizationStatisticsRow?: Omit<TypePolicy, "fields" | "keyFields"> & {
		keyFields?: false | PartyOrganizationStatisticsRowKeySpecifier | (() => undefined | PartyOrganizationStatisticsRowKeySpecifier),
		fields?: PartyOrganizationStatisticsRowFieldPolicy,
	},
	Petition?: Omit<TypePolicy, "fields" | "keyFields"> & {
		keyFields?: false | PetitionKeySpecifier | (() => undefined | PetitionKeySpecifier),
		fields?: PetitionFieldPolicy,
	},
	PetitionConnection?: Omit<TypePolicy, "fields" | "keyFields"> & {
		keyFields?: false | PetitionConnectionKeySpecifier | (() => undefined | PetitionConnectionKeySpecifier),
		fields?: PetitionConnectionFieldPolicy,
	},
	PetitionEdge?: Omit<TypePolicy, "fields" | "keyFields"> & {
		keyFields?: false | PetitionEdgeKeySpecifier | (() => undefined | PetitionEdgeKeySpecifier),
		fields?: PetitionEdgeFieldPolicy,
	},
	PetitionHistoryConnection?: Omit<TypePolicy, "fields" | "keyFields"> & {
		keyFields?: false | PetitionHistoryConnectionKeySpecifier | (() => undefined | PetitionHistoryConnectionKeySpecifier),
		fields?: PetitionHistoryConnectionFieldPolicy,
	},
	PetitionHistoryEdge?: Omit<TypePolicy, "fields" | "keyFields"> & {
		keyFields?: false | PetitionHistoryEdgeKeySpecifier | (() => undefined | PetitionHistoryEdgeKeySpecifier),
		fields?: PetitionHistoryEdgeFieldPolicy,
	},
	PetitionStatisticsKeys?: Omit<TypePolicy, "fields" | "keyFields"> & {
		keyFields?: false | PetitionStatisticsKeysKeySpecifier | (() => undefined | PetitionStatisticsKeysKeySpecifier),
		fields?: PetitionStatisticsKeysFieldPolicy,
	},
	PetitionStatisticsRow?: Omit<TypePolicy, "fields" | "keyFields"> & {
		keyFields?: false | PetitionStatisticsRowKeySpecifier | (() => undefined | PetitionStatisticsRowKeySpecifier),
		fields?: PetitionStatisticsRowFieldPolicy,
	},
	ProjectStatisticsKeys?: Omit<TypePolicy, "fields" | "keyFields"> & {
		keyFields?: false | ProjectStatisticsKeysKeySpecifier | (() => undefined | ProjectStatisticsKeysKeySpecifier),
		fields?: ProjectStatisticsKeysFieldPolicy,
	},
	ProjectStatisticsRow?: Omit<TypePolicy, "fields" | "keyFields"> & {
		keyFields?: false | ProjectStatisticsRowKeySpecifier | (() => undefined | ProjectStatisticsRowKeySpecifier),
		fields?: ProjectStatisticsRowFieldPolicy,
	},
	Query?: Omit<TypePolicy, "fields" | "keyFields"> & {
		keyFields?: false | QueryKeySpecifier | (() => undefined | QueryKeySpecifier),
		fields?: QueryFieldPolicy,
	},
	RectificationKindQuantity?: Omit<TypePolicy, "fields" | "keyFields"> & {
		keyFields?: false | RectificationKindQuantityKeySpecifier | (() => undefined | RectificationKindQuantityKeySpecifier),
		fields?: RectificationKindQuantityFieldPolicy,
	},
	RectificationProject?: Omit<TypePolicy, "fields" | "keyFields"> & {
		keyFields?: false | RectificationProjectKeySpecifier | (() => undefined | RectificationProjectKeySpecifier),
		fields?: RectificationProjectFieldPolicy,
	},
	RectificationProjectConnection?: Omit<TypePolicy, "fields" | "keyFields"> & {
		keyFields?: false | RectificationProjectConnectionKeySpecifier | (() => undefined | RectificationProjectConnectionKeySpecifier),
		fields?: RectificationProjectConnectionFieldPolicy,
	},
	RectificationProjectEdge?: Omit<TypePolicy, "fields" | "keyFields"> & {
		keyFields?: false | RectificationProjectEdgeKeySpecifier | (() => undefined | RectificationProjectEdgeKeySpecifier),
		fields?: RectificationProjectEdgeFieldPolicy,
	},
	Resident?: Omit<TypePolicy, "fields" | "keyFields"> & {
		keyFields?: false | ResidentKeySpecifier | (() => undefined | ResidentKeySpecifier),
		fields?: ResidentFieldPolicy,
	},
	ResidentConnection?: Omit<TypePolicy, "fields" | "keyFields"> & {
		keyFields?: false | ResidentConnectionKeySpecifier | (() => undefined | ResidentConnectionKeySpecifier),
		fields?: ResidentConnectionFieldPolicy,
	},
	ResidentEdge?: Omit<TypePolicy, "fields" | "keyFields"> & {
		keyFields?: false | ResidentEdgeKeySpecifier | (() => undefined | ResidentEdgeKeySpecifier),
		fields?: ResidentEdgeFieldPolicy,
	},
	SafetyDesignation?: Omit<TypePolicy, "fields" | "keyFields"> & {
		keyFields?: false | SafetyDesignationKeySpecifier | (() => undefined | SafetyDesignationKeySpecifier),
		fields?: SafetyDesignationFieldPolicy,
	},
	SafetyDesignationConnection?: Omit<TypePolicy, "fields" | "keyFields"> & {
		keyFields?: false | SafetyDesignationConnectionKeySpecifier | (() => undefined | SafetyDesignationConnectionKeySpecifier),
		fields?: SafetyDesignationConnectionFieldPolicy,
	},
	SafetyDesignationEdge?: Omit<TypePolicy, "fields" | "keyFields"> & {
		keyFields?: false | SafetyDesignationEdgeKeySpecifier | (() => undefined | SafetyDesignationEdgeKeySpecifier),
		fields?: SafetyDesignationEdgeFieldPolicy,
	},
	ServiceStatisticsKeys?: Omit<TypePolicy, "fields" | "keyFields"> & {
		keyFields?: false | ServiceStatisticsKeysKeySpecifier | (() => undefined | ServiceStatisticsKeysKeySpecifier),
		fields?: ServiceStatisticsKeysFieldPolicy,
	},
	ServiceStatisticsRow?: Omit<TypePolicy, "fields" | "keyFields"> & {
		keyFields?: false | ServiceStatisticsRowKeySpecifier | (() => undefined | ServiceStatisticsRowKeySpecifier),
		fields?: ServiceStatisticsRowFieldPolicy,
	},
	ServiceVisit?: Omit<TypePolicy, "fields" | "keyFields"> & {
		keyFields?: false | ServiceVisitKeySpecifier | (() => undefined | ServiceVisitKeySpecifier),
		fields?: ServiceVisitFieldPolicy,
	},
	ServiceVisitConnection?: Omit<TypePolicy, "fields" | "keyFields"> & {
		keyFields?: false | ServiceVisitConnectionKeySpecifier | (() => undefined | ServiceVisitConnectionKeySpecifier),
		fields?: ServiceVisitConnectionFieldPolicy,
	},
	ServiceVisitEdge?: Omit<TypePolicy, "fields" | "keyFields"> & {
		keyFields?: false | ServiceVisitEdgeKeySpecifier | (() => undefined | ServiceVisitEdgeKeySpecifier),
		fields?: ServiceVisitEdgeFieldPolicy,
	},
	ServiceVisitHistoryConnection?: Omit<TypePolicy, "fields" | "keyFields"> & {
		keyFields?: false | ServiceVisitHistoryConnectionKeySpecifier | (() => undefined | ServiceVisitHistoryConnectionKeySpecifier),
		fields?: ServiceVisitHistoryConnectionFieldPolicy,
	},
	ServiceVisitHistoryEdge?: Omit<TypePolicy, "fields" | "keyFields"> & {
		keyFields?: false | ServiceVisitHistoryEdgeKeySpecifier | (() => undefined | ServiceVisitHistoryEdgeKeySpecifier),
		fields?: ServiceVisitHistoryEdgeFieldPolicy,
	},
	Street?: Omit<TypePolicy, "fields" | "keyFields"> & {
		keyFields?: false | StreetKeySpecifier | (() => undefined | StreetKeySpecifier),
		fields?: StreetFieldPolicy,
	},
	StreetConnection?: Omit<TypePolicy, "fields" | "keyFields"> & {
		keyFields?: false | StreetConnectionKeySpecifier | (() => undefined | StreetConnectionKeySpecifier),
		fields?: StreetConnectionFieldPolicy,
	},
	StreetEdge?: Omit<TypePolicy, "fields" | "keyFields"> & {
		keyFields?: false | StreetEdgeKeySpecifier | (() => undefined | StreetEdgeKeySpecifier),
		fields?: StreetEdgeFieldPolicy,
	},
	TaxRecord?: Omit<TypePolicy, "fields" | "keyFields"> & {
		keyFields?: false | TaxRecordKeySpecifier | (() => undefined | TaxRecordKeySpecifier),
		fields?: TaxRecordFieldPolicy,
	},
	TaxRecordConnection?: Omit<TypePolicy, "fields" | "keyFields"> & {
		keyFields?: false | TaxRecordConnectionKeySpecifier | (() => undefined | TaxRecordConnectionKeySpecifier),
		fields?: TaxRecordConnectionFieldPolicy,
	},
	TaxRecordEdge?: Omit<TypePolicy, "fields" | "keyFields"> & {
		keyFields?: false | TaxRecordEdgeKeySpecifier | (() => undefined | TaxRecordEdgeKeySpecifier),
		fields?: TaxRecordEdgeFieldPolicy,
	},
	TripStatisticsKeys?: Omit<TypePolicy, "fields" | "keyFields"> & {
		keyFields?: false | TripStatisticsKeysKeySpecifier | (() => undefined | TripStatisticsKeysKeySpecifier),
		fields?: TripStatisticsKeysFieldPolicy,
	},
	TripStatisticsRow?: Omit<TypePolicy, "fields" | "keyFields"> & {
		keyFields?: false | TripStatisticsRowKeySpecifier | (() => undefined | TripStatisticsRowKeySpecifier),
		fields?: TripStatisticsRowFieldPolicy,
	},
	UrbanManagementIndicators?: Omit<TypePolicy, "fields" | "keyFields"> & {
		keyFields?: false | UrbanManagementIndicatorsKeySpecifier | (() => undefined | UrbanManagementIndicatorsKeySpecifier),
		fields?: UrbanManagementIndicatorsFieldPolicy,
	},
	UrbanManagementStatistics?: Omit<TypePolicy, "fields" | "keyFields"> & {
		keyFields?: false | UrbanManagementStatisticsKeySpecifier | (() => undefined | UrbanManagementStatisticsKeySpecifier),
		fields?: UrbanManagementStatisticsFieldPolicy,
	}
};
export type TypedTypePolicies = StrictTypedTypePolicies & TypePolicies;