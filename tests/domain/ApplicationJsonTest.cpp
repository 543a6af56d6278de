#include "CatchCompat.hpp"

#include "ApplicationJson.hpp"
#include "ValidationError.hpp"

using namespace diarydesk;
using nlohmann::json;

namespace {

json specExample() {
    return json::parse(R"({
      "id": "A-2026-000123", "version": 1, "status": "submitted",
      "submitted_at": "2026-11-20T09:15:00+07:00",
      "applicant": {"last_name": "Иванова", "first_name": "Мария", "middle_name": "Петровна",
        "birth_date": "1985-03-12", "snils": "112-233-445 95", "relation": "mother",
        "phone": "+79001234567", "email": "ivanova@example.ru"},
      "child": {"last_name": "Иванов", "first_name": "Пётр", "middle_name": "Сергеевич",
        "birth_date": "2014-05-01", "snils": "123-456-789 64",
        "document": {"type": "birth_certificate", "series": "IV-ЛО", "number": "123456"},
        "stated_class": "5Б"},
      "future_field": {"anything": [1, 2, 3]}
    })");
}

} // namespace

TEST_CASE("the spec's example application decodes field by field", "[json]") {
    const Application application = decodeApplication(specExample());
    CHECK(application.id == "A-2026-000123");
    CHECK(application.version == 1);
    CHECK(application.status == ApplicationStatus::submitted);
    CHECK(application.applicant.name == PersonName{"Иванова", "Мария", "Петровна"});
    CHECK(application.applicant.relation == ApplicantRelation::mother);
    CHECK(application.applicant.birthDate == CalendarDate(1985, 3, 12));
    CHECK(application.child.name == PersonName{"Иванов", "Пётр", "Сергеевич"});
    CHECK(application.child.birthDate == CalendarDate(2014, 5, 1));
    CHECK(application.child.snils == "123-456-789 64");
    REQUIRE(application.child.document);
    CHECK(application.child.document->number == "123456");
    CHECK(application.child.document->masked() == "IV-ЛО №****56");
    CHECK(application.child.statedClass == "5Б");
}

TEST_CASE("encoding and decoding an application gives it back", "[json]") {
    const Application application = decodeApplication(specExample());
    CHECK(decodeApplication(encodeApplication(application)) == application);
}

TEST_CASE("optional fields may be absent or null", "[json]") {
    json item = specExample();
    item["child"].erase("middle_name");
    item["child"]["snils"] = nullptr;
    item["child"]["document"] = nullptr;
    item["applicant"].erase("snils");
    item["applicant"]["phone"] = nullptr;
    const Application application = decodeApplication(item);
    CHECK(application.child.name.middle.empty());
    CHECK_FALSE(application.child.snils);
    CHECK_FALSE(application.child.document);
    CHECK_FALSE(application.applicant.snils);
    CHECK_FALSE(application.applicant.phone);
}

TEST_CASE("a malformed application names the field", "[json]") {
    json item = specExample();
    SECTION("missing child birth date") {
        item["child"].erase("birth_date");
        CHECK_THROWS_WITH(decodeApplication(item), Catch::Matchers::StartsWith("child.birth_date:"));
    }
    SECTION("impossible child birth date") {
        item["child"]["birth_date"] = "2014-02-31";
        CHECK_THROWS_WITH(decodeApplication(item), Catch::Matchers::StartsWith("child.birth_date:"));
    }
    SECTION("date in the wrong layout") {
        item["child"]["birth_date"] = "01.05.2014";
        CHECK_THROWS_WITH(decodeApplication(item), Catch::Matchers::StartsWith("child.birth_date:"));
    }
    SECTION("version that is not a number") {
        item["version"] = "2";
        CHECK_THROWS_WITH(decodeApplication(item), Catch::Matchers::StartsWith("version:"));
    }
    SECTION("unknown relation") {
        item["applicant"]["relation"] = "uncle";
        CHECK_THROWS_WITH(decodeApplication(item), Catch::Matchers::StartsWith("applicant.relation:"));
    }
    SECTION("child name of the wrong type") {
        item["child"]["first_name"] = 42;
        CHECK_THROWS_WITH(decodeApplication(item), Catch::Matchers::StartsWith("child.first_name:"));
    }
    SECTION("document without a type") {
        item["child"]["document"].erase("type");
        CHECK_THROWS_WITH(decodeApplication(item), Catch::Matchers::StartsWith("child.document.type:"));
    }
}

TEST_CASE("a list takes the good items and names the bad ones", "[json]") {
    json good = specExample();
    json badWithId = specExample();
    badWithId["id"] = "A-BAD";
    badWithId["child"].erase("last_name");
    const json list = json::array({good, badWithId, 17});
    for (const json& document : {list, json{{"items", list}, {"next_cursor", "x"}}}) {
        const DecodedApplications decoded = decodeApplicationList(document);
        REQUIRE(decoded.items.size() == 1);
        REQUIRE(decoded.errors.size() == 2);
        CHECK(decoded.errors[0].reference == "A-BAD");
        CHECK(decoded.errors[0].message.find("child.last_name") != std::string::npos);
        CHECK(decoded.errors[1].reference == "#3");
    }
    CHECK_THROWS_AS(decodeApplicationList(json{{"data", list}}), ValidationError);
    CHECK_THROWS_AS(decodeApplicationList(json("text")), ValidationError);
}
