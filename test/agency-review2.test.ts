/**
 * Agency phrases a second review found misread, each a class of wording (sentences written for
 * this test, not taken from a letter).
 */
import { describe, expect, it } from 'vitest'
import { agencyRunAt } from '../src/readers/agencies.js'
import { canonicalAgencyName, properCaseUpper } from '../src/readers/names.js'

const names = (text: string): string[] => agencyRunAt(text, 0).mentions.map((m) => m.name)
const rest = (text: string): string => text.slice(agencyRunAt(text, 0).end).trim()

describe('a plural locality heading whose body opens the next line', () => {
  it('ends at the line break before a capitalised sentence opener', () => {
    expect(names('UBND các huyện\nCăn cứ nội dung Kế hoạch, xây dựng phương án')).toEqual(['Ủy ban nhân dân các huyện'])
    expect(names('UBND các xã\nTổ chức tuyên truyền đến người dân')).toEqual(['Ủy ban nhân dân các xã'])
    expect(rest('UBND các phường\nThực hiện rà soát hộ nghèo')).toBe('Thực hiện rà soát hộ nghèo')
  })

  it('ends before a capitalised predicate run on into the same line', () => {
    expect(names('UBND các huyện Căn cứ nội dung được giao')).toEqual(['Ủy ban nhân dân các huyện'])
  })

  it('ends before any capitalised word of the next line, not only a known predicate', () => {
    expect(names('UBND các huyện\nTư Nghĩa, Mộ Đức báo cáo')).toEqual(['Ủy ban nhân dân các huyện'])
  })

  it('still reads an enumeration of places on the same line or after a colon', () => {
    expect(names('UBND các huyện Sơn Hà, Ba Tơ khảo sát')).toEqual(['Ủy ban nhân dân huyện Sơn Hà', 'Ủy ban nhân dân huyện Ba Tơ'])
    expect(names('UBND các huyện:\nSơn Hà, Ba Tơ khảo sát')).toEqual(['Ủy ban nhân dân huyện Sơn Hà', 'Ủy ban nhân dân huyện Ba Tơ'])
  })
})

describe('a letterhead in capitals with abbreviations', () => {
  it('expands an abbreviated city with its period, so the place is named', () => {
    expect(properCaseUpper('UBND TP. ĐÀ NẴNG')).toBe('Ủy ban nhân dân thành phố Đà Nẵng')
    expect(properCaseUpper('SỞ Y TẾ TP. CẦN THƠ')).toBe('Sở Y tế thành phố Cần Thơ')
    expect(canonicalAgencyName('Công an TP. Hải Phòng')).toBe('Công an thành phố Hải Phòng')
  })

  it('keeps the period of an abbreviation that is no locality unit', () => {
    expect(canonicalAgencyName('gửi UBND.')).toBe('gửi Ủy ban nhân dân.')
  })

  it('keeps an acronym the list does not expand in capitals, and lowers the words around it', () => {
    expect(properCaseUpper('BCH HỘI CỰU CHIẾN BINH TỈNH KON TUM')).toBe('BCH hội cựu chiến binh tỉnh Kon Tum')
    expect(properCaseUpper('TRƯỜNG THCS LÊ LỢI')).toMatch(/^Trường THCS /u)
  })

  it('does not take a word in capitals for an acronym, nor a highland place name', () => {
    expect(properCaseUpper('UBND HUYỆN KRÔNG BÔNG')).toBe('Ủy ban nhân dân huyện Krông Bông')
    expect(properCaseUpper('BAN DÂN TỘC TỈNH GIA LAI')).toBe('Ban Dân tộc tỉnh Gia Lai')
  })
})

describe('a collective spelt out or named by its members', () => {
  it('reads a collective with a colon and a list of full names as those names', () => {
    expect(names('Các cơ quan: Sở Nội vụ, Sở Tư pháp và Thanh tra tỉnh rà soát')).toEqual(['Sở Nội vụ', 'Sở Tư pháp', 'Thanh tra tỉnh'])
    expect(rest('Các đơn vị: Sở Công Thương, Công an tỉnh kiểm tra thị trường')).toBe('kiểm tra thị trường')
  })

  it('keeps the collective where the colon ends a heading and its body opens the next line', () => {
    expect(names('Các sở, ngành:\nSở Nội vụ hướng dẫn')).toEqual(['Các sở, ngành'])
  })

  it('reads the members of a named body as the body', () => {
    expect(names('Các thành viên Ban Chỉ đạo huyện kiểm tra cơ sở')).toEqual(['Ban Chỉ đạo huyện'])
    expect(names('thành viên Hội đồng tuyển dụng kiểm tra hồ sơ')).toEqual(['Hội đồng tuyển dụng'])
  })

  it('reads no agency from members of an unnamed group', () => {
    expect(names('các thành viên nhóm công tác báo cáo')).toEqual([])
  })
})

describe('a bounded relative clause after a name ("đang quản lý …")', () => {
  it('is context, not the name, after a body already fixed by its place', () => {
    expect(names('Ban Quản lý dự án giao thông tỉnh Bình Định đang quản lý tuyến đường tổ chức bàn giao')).toEqual([
      'Ban Quản lý dự án giao thông tỉnh Bình Định',
    ])
    expect(names('Chi cục Thuế huyện Mộ Đức đang quản lý hộ kinh doanh hướng dẫn kê khai')).toEqual(['Chi cục Thuế huyện Mộ Đức'])
  })

  it('says which body is meant where the name has no place and the predicate follows', () => {
    expect(names('Chi cục Thuế huyện đang quản lý hộ kinh doanh hướng dẫn kê khai')).toEqual(['Chi cục Thuế huyện đang quản lý hộ kinh doanh'])
  })

  it('is no part of the name where no predicate follows it', () => {
    expect(names('Ban Quản lý dự án đang quản lý tuyến đường.')).toEqual(['Ban Quản lý dự án'])
  })
})
