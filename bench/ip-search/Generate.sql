-- 1,000,000-ish IP assets (count given as :n via format) with Vietnamese titles, owners and
-- inventors, folded search text as the service writes it, most published so the public sees them.
-- The search indexes are built after the load, as a bulk import would: much faster than row by row.
DROP INDEX IF EXISTS ix_ip_assets_search_text;
DROP INDEX IF EXISTS ix_ip_assets_number_grams;
CREATE TEMP TABLE words AS SELECT
  ARRAY['Thiết bị','Quy trình','Hệ thống','Phương pháp','Máy','Chế phẩm','Vật liệu','Bộ lọc','Thiết kế','Nhãn hiệu'] AS head,
  ARRAY['thiet bi','quy trinh','he thong','phuong phap','may','che pham','vat lieu','bo loc','thiet ke','nhan hieu'] AS head_f,
  ARRAY['lọc nước mặn','sấy hải sản','chế biến nước mắm','xử lý nước thải','đóng tàu','năng lượng mặt trời','bốc xếp cảng biển','nuôi trồng thủy sản','bánh đa cua','chế biến gỗ','cảm biến độ mặn','phân bón vi sinh'] AS body,
  ARRAY['loc nuoc man','say hai san','che bien nuoc mam','xu ly nuoc thai','dong tau','nang luong mat troi','boc xep cang bien','nuoi trong thuy san','banh da cua','che bien go','cam bien do man','phan bon vi sinh'] AS body_f,
  ARRAY['Hải Phòng','Cát Hải','Đồ Sơn','Kiến An','Thủy Nguyên','Tiên Lãng','Vĩnh Bảo','An Dương','Lê Chân','Ngô Quyền'] AS place,
  ARRAY['hai phong','cat hai','do son','kien an','thuy nguyen','tien lang','vinh bao','an duong','le chan','ngo quyen'] AS place_f,
  ARRAY['Trường Đại học Hàng hải Việt Nam','Viện Nghiên cứu Hải sản','Công ty CP Công nghệ Biển Đông','Hợp tác xã Nước mắm Cát Hải','Trường Đại học Hải Phòng','Công ty TNHH Cơ khí Đông Á','Viện Tài nguyên và Môi trường Biển','Công ty CP Nhựa Thiếu niên Tiền Phong'] AS owner,
  ARRAY['truong dai hoc hang hai viet nam','vien nghien cuu hai san','cong ty cp cong nghe bien dong','hop tac xa nuoc mam cat hai','truong dai hoc hai phong','cong ty tnhh co khi dong a','vien tai nguyen va moi truong bien','cong ty cp nhua thieu nien tien phong'] AS owner_f,
  ARRAY['Nguyễn','Trần','Lê','Phạm','Hoàng','Vũ','Đỗ','Bùi'] AS family, ARRAY['nguyen','tran','le','pham','hoang','vu','do','bui'] AS family_f,
  ARRAY['Văn','Thị','Đức','Minh','Quốc','Thu'] AS middle, ARRAY['van','thi','duc','minh','quoc','thu'] AS middle_f,
  ARRAY['Hải','Phương','Thắng','An','Bình','Long','Lan','Hùng','Dũng','Hà'] AS given, ARRAY['hai','phuong','thang','an','binh','long','lan','hung','dung','ha'] AS given_f;

CREATE TEMP TABLE src AS
SELECT i, gen_random_uuid() AS id,
  (i % 4) AS t, 1 + (i * 7) % 10 AS h, 1 + (i * 13) % 12 AS b, 1 + (i * 31) % 10 AS p, 1 + (i * 17) % 8 AS o,
  1 + (i * 3) % 8 AS f, 1 + (i * 11) % 6 AS m, 1 + (i * 19) % 10 AS g,
  DATE '2005-01-01' + ((i * 37) % 7300) AS filed
FROM generate_series(1, {0}) AS i;

INSERT INTO ip_assets (id, object_type, title, application_number, filed_on, classes, applicants, inventors, status, commercialised,
  search_text, registered_at, published_on, publication_number, grant_number, granted_on, protection_ends_on, next_due_on, next_due_kind)
SELECT s.id,
  (ARRAY['Patent','UtilitySolution','IndustrialDesign','Trademark'])[s.t + 1],
  w.head[s.h] || ' ' || w.body[s.b] || ' ' || w.place[s.p],
  (s.t + 1) || '-' || extract(year FROM s.filed) || '-' || lpad(s.i::text, 7, '0'),
  s.filed,
  CASE s.t WHEN 0 THEN ARRAY['C02F 1/14'] WHEN 1 THEN ARRAY['A23L 17/65'] WHEN 2 THEN ARRAY['06-01'] ELSE ARRAY['29'] END,
  '{{}}', ARRAY[w.family[s.f] || ' ' || w.middle[s.m] || ' ' || w.given[s.g]],
  CASE WHEN s.i % 3 = 0 THEN 'Published' ELSE 'InForce' END, s.i % 7 = 0,
  (s.t + 1) || '-' || extract(year FROM s.filed) || '-' || lpad(s.i::text, 7, '0') || ' vn-' || s.i
    || CASE WHEN s.i % 3 = 0 THEN '' ELSE ' ' || (s.t + 1) || '-' || lpad(s.i::text, 7, '0') END
    || ' ' || w.head_f[s.h] || ' ' || w.body_f[s.b] || ' ' || w.place_f[s.p]
    || ' ' || w.owner_f[s.o] || ' 020' || lpad(s.o::text, 7, '0')
    || ' ' || w.family_f[s.f] || ' ' || w.middle_f[s.m] || ' ' || w.given_f[s.g],
  now(), s.filed + 540, 'VN-' || s.i,
  CASE WHEN s.i % 3 = 0 THEN NULL ELSE (s.t + 1) || '-' || lpad(s.i::text, 7, '0') END,
  CASE WHEN s.i % 3 = 0 THEN NULL ELSE s.filed + 700 END,
  s.filed + 3650, NULL, NULL
FROM src s CROSS JOIN words w;

INSERT INTO ip_asset_owners (asset_id, position, name, tax_code)
SELECT s.id, 0, w.owner[s.o], '020' || lpad(s.o::text, 7, '0') FROM src s CROSS JOIN words w;

CREATE INDEX ix_ip_assets_search_text ON ip_assets USING gin (search_text gin_trgm_ops);
CREATE INDEX ix_ip_assets_number_grams ON ip_assets USING gin (ip_number_grams(search_text));
ANALYZE ip_assets;
ANALYZE ip_asset_owners;
